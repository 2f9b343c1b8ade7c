package org.rectify.campaign;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ClassPathResource;

/** The illustrative 45-item upgrade standard of the demo campaign, read from demo/upgrade-standard-45.tsv. */
final class DemoStandard {

    static final String CODE = "DEMO-45";
    static final String NAME = "小化工企业安全整治提升标准（45条，示例） Small chemical enterprise upgrade standard"
            + " (45 items, illustrative)";
    private static final String RESOURCE = "demo/upgrade-standard-45.tsv";

    private DemoStandard() {
    }

    static List<StandardItem> items() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .map(cells -> new StandardItem(Integer.parseInt(cells[0]), cells[1], cells[2]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
