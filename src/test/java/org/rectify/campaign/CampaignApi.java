package org.rectify.campaign;

import org.rectify.support.Rest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The calls of the campaign API that the JSON helper Rest does not cover: file upload and download. */
final class CampaignApi {

    private CampaignApi() {
    }

    static ResponseEntity<String> upload(TestRestTemplate http, String userId, Long campaignId, byte[] file,
                                         String filename) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return filename;
            }
        });
        return http.withBasicAuth(userId, Rest.DEMO_PASSWORD).postForEntity(
                "/api/campaigns/" + campaignId + "/roster/import", new HttpEntity<>(body, headers), String.class);
    }

    static ResponseEntity<byte[]> download(TestRestTemplate http, String userId, String path) {
        return http.withBasicAuth(userId, Rest.DEMO_PASSWORD).getForEntity(path, byte[].class);
    }
}
