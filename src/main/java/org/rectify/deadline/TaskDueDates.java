package org.rectify.deadline;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The moments Tasklist's stored filters compare due dates with, named in their expressions
 * ({@code ${taskDueDates.dueSoonBefore()}}): "due soon" means due by the end of the third working
 * day after today, counted on the working-day calendar.
 */
@Component("taskDueDates")
public class TaskDueDates {

    /** How many working days ahead "due soon" looks. */
    public static final int DUE_SOON_WORKING_DAYS = 3;

    private final WorkingDayCalendar calendar;

    TaskDueDates(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** The start of the day after the third working day from today: tasks due before it are due soon. */
    public Date dueSoonBefore() {
        ZoneId zone = ZoneId.systemDefault();
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone);
        LocalDate last = calendar.plusWorkingDays(today, DUE_SOON_WORKING_DAYS);
        return Date.from(last.plusDays(1).atStartOfDay(zone).toInstant());
    }
}
