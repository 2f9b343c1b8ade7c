package org.rectify;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Rectify: one process instance per enterprise in a rectification campaign.
 * What designers edit (processes/ and forms/) is deployed at start by ModelDeployment.
 */
@SpringBootApplication
public class RectifyApplication {

    public static void main(String[] args) {
        SpringApplication.run(RectifyApplication.class, args);
    }
}
