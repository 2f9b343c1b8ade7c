package org.rectify.campaign;

import java.util.List;

/** A page of a roster; rosters of a city campaign run into thousands. */
public record RosterPage(List<RosterEntryView> items, int page, int size, long total) {
}
