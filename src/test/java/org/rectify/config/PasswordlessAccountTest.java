package org.rectify.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * An account whose password was never set (enterprise accounts of earlier versions in production)
 * is refused like a wrong password, on the API and on the engine REST API, never with a 500.
 */
@IntegrationTest
class PasswordlessAccountTest {

    private static final String ACCOUNT = "ent-passwordless-account";

    @Autowired TestRestTemplate http;
    @Autowired IdentityService identityService;

    @BeforeEach
    void anAccountWithoutPassword() {
        User user = identityService.newUser(ACCOUNT);
        user.setFirstName("无密码企业 No password works");
        identityService.saveUser(user);
    }

    @AfterEach
    void removeIt() {
        identityService.deleteUser(ACCOUNT);
    }

    @Test
    void isRefusedWith401Everywhere() {
        for (String path : new String[] {"/api/cases/1", "/engine-rest/task/count", "/api/campaigns"}) {
            for (String password : new String[] {"", "demo", "null"}) {
                assertThat(http.withBasicAuth(ACCOUNT, password).getForEntity(path, String.class).getStatusCode())
                        .as("%s with password '%s'", path, password).isEqualTo(HttpStatus.UNAUTHORIZED);
            }
        }
    }
}
