package org.rectify.report;

import java.util.List;

/** A drafted report in one language: titled sections of paragraphs and tables, ready to render. */
record Summary(String title, List<Section> sections) {

    record Section(String heading, List<Block> blocks) {
    }

    sealed interface Block permits Text, Table, Placeholder {
    }

    record Text(String text) implements Block {
    }

    /** for the leading group to write: rendered highlighted so nobody mistakes it for data */
    record Placeholder(String text) implements Block {
    }

    record Table(String caption, List<String> header, List<List<String>> rows) implements Block {
    }
}
