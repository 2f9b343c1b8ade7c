package org.rectify.deadline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;

/**
 * Working days as Chinese government offices count them: Monday to Friday, less public holidays,
 * plus the weekend days declared working days to make up for them (调休). The table of holidays
 * and make-up days is data ({@code rectify.calendar.holidays}); for a year the table does not
 * cover, only weekends count, and that is logged once per year.
 */
public class WorkingDayCalendar {

    public enum Kind { HOLIDAY, WORKDAY }

    private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);

    private final Map<LocalDate, Kind> days;
    private final Set<Integer> years;
    private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

    WorkingDayCalendar(Map<LocalDate, Kind> days) {
        this.days = Map.copyOf(days);
        Set<Integer> covered = new HashSet<>();
        days.keySet().forEach(d -> covered.add(d.getYear()));
        this.years = Collections.unmodifiableSet(covered);
    }

    /** Reads {@code date,kind,name} lines; '#' starts a comment. Errors name the line. */
    public static WorkingDayCalendar load(Resource table) {
        Map<LocalDate, Kind> days = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(table.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] fields = text.split(",", 3);
                try {
                    LocalDate date = LocalDate.parse(fields[0].strip());
                    Kind kind = Kind.valueOf(fields[1].strip());
                    if (kind == Kind.WORKDAY && !isWeekend(date)) {
                        throw new IllegalArgumentException(date + " is a weekday already");
                    }
                    days.put(date, kind);
                } catch (DateTimeParseException | ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
                    throw new IllegalArgumentException(table.getDescription() + " line " + number + " '" + text
                            + "': expected date,HOLIDAY|WORKDAY,name (" + e.getMessage() + ")");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the holiday table " + table.getDescription(), e);
        }
        return new WorkingDayCalendar(days);
    }

    public boolean isWorkingDay(LocalDate date) {
        Kind kind = days.get(date);
        if (kind != null) {
            return kind == Kind.WORKDAY;
        }
        if (!years.contains(date.getYear()) && warnedYears.add(date.getYear())) {
            log.warn("The holiday table has no entries for {}: counting only weekends as days off that year",
                    date.getYear());
        }
        return !isWeekend(date);
    }

    /** The day that many working days after {@code start} (not counting {@code start} itself). */
    public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays: must not be negative, got " + workingDays);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    public boolean covers(int year) {
        return years.contains(year);
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
