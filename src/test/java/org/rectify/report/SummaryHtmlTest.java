package org.rectify.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rectify.report.Summary.Placeholder;
import org.rectify.report.Summary.Section;
import org.rectify.report.Summary.Subheading;
import org.rectify.report.Summary.Table;
import org.rectify.report.Summary.Text;

class SummaryHtmlTest {

    @Test
    void everyTextIsEscapedAndThePlaceholderIsMarkedEditable() {
        Summary summary = new Summary("<b>行动</b>", List.of(new Text("开头 Opening")), List.of(new Section("一、基本情况", List.of(
                new Subheading("（一）<概况>"),
                new Text("A & B <script>"),
                new Table("按企业类型", List.of("按企业类型", "数量"), List.of(List.of("<x>", "3"))),
                new Placeholder("【待领导小组填写】")))));

        String html = SummaryHtml.write(summary, Lang.ZH);

        assertThat(html).contains("<h1>&lt;b&gt;行动&lt;/b&gt;</h1>\n<p>开头 Opening</p>\n<h2>一、基本情况</h2>\n"
                        + "<h3>（一）&lt;概况&gt;</h3>", "<p>A &amp; B &lt;script&gt;</p>",
                "<tr><td>&lt;x&gt;</td><td>3</td></tr>",
                "<p class=\"placeholder\" contenteditable=\"true\">【待领导小组填写】</p>")
                .doesNotContain("<script>");
    }

    @Test
    void bilingualLabelsSplitAtTheFirstSpace() {
        assertThat(Lang.ZH.pick("200—500万元 2 to 5 M yuan")).isEqualTo("200—500万元");
        assertThat(Lang.EN.pick("200—500万元 2 to 5 M yuan")).isEqualTo("2 to 5 M yuan");
        assertThat(Lang.of("EN")).isEqualTo(Lang.EN);
        assertThatThrownBy(() -> Lang.of("fr")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lang");
    }
}
