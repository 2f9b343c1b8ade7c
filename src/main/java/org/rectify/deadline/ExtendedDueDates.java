package org.rectify.deadline;

import java.util.Date;
import java.util.Optional;

/** A due date the district office has extended, for the task open in an execution. */
@FunctionalInterface
interface ExtendedDueDates {

    Optional<Date> find(String executionId, String activityId);
}
