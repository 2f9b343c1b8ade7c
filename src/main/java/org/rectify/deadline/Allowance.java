package org.rectify.deadline;

import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a task may take: calendar time as an ISO-8601 period ({@code P30D}) or, as government
 * deadlines are usually set, working days ({@code 15WD}, {@code 15 working days}).
 */
public record Allowance(Period period, int workingDays) {

    private static final Pattern WORKING_DAYS = Pattern.compile("(\\d+)\\s*(wd|working\\s+days?|个?工作日)");

    public static Allowance parse(String text) {
        String value = text == null ? "" : text.strip();
        Matcher matcher = WORKING_DAYS.matcher(value.toLowerCase(Locale.ROOT));
        if (matcher.matches()) {
            return new Allowance(null, Integer.parseInt(matcher.group(1)));
        }
        try {
            return new Allowance(Period.parse(value), 0);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is neither a period such as P30D nor working days such as 15WD");
        }
    }

    public static Allowance ofDays(int days) {
        return new Allowance(Period.ofDays(days), 0);
    }

    /** The deadline for work started at {@code start}; working days keep the time of day. */
    public ZonedDateTime from(ZonedDateTime start, WorkingDayCalendar calendar) {
        if (period != null) {
            return start.plus(period);
        }
        return calendar.plusWorkingDays(start.toLocalDate(), workingDays).atTime(start.toLocalTime())
                .atZone(start.getZone());
    }

    @Override
    public String toString() {
        return period != null ? period.toString() : workingDays + "WD";
    }
}
