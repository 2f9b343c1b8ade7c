package org.rectify.report;

import java.util.List;

/**
 * A drafted report in one language: its title, an opening paragraph and numbered sections of
 * paragraphs, subheadings and tables, ready to render.
 */
record Summary(String title, List<Block> opening, List<Section> sections) {

    record Section(String heading, List<Block> blocks) {
    }

    sealed interface Block permits Subheading, Text, Table, Placeholder {
    }

    /** a second-level heading inside a section: （一）… */
    record Subheading(String text) implements Block {
    }

    record Text(String text) implements Block {
    }

    /** for the leading group to write: rendered highlighted so nobody mistakes it for data */
    record Placeholder(String text) implements Block {
    }

    record Table(String caption, List<String> header, List<List<String>> rows) implements Block {
    }
}
