package org.rectify.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.Period;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class CaseDeadlinesTest {

    final CaseDeadlines deadlines = new CaseDeadlines(
            WorkingDayCalendar.load(new ClassPathResource("calendar/cn-holidays.csv")));

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void workingDayAllowanceSkipsTheNationalDayWeekAndKeepsTheTimeOfDay() {
        deadlines.setActivities(Map.of("Activity_ChangeLicence", Allowance.parse("5WD")));
        ClockUtil.setCurrentTime(at(LocalDateTime.of(2026, 9, 24, 10, 30)));

        assertThat(deadlines.due(null, "Activity_ChangeLicence")).isEqualTo(at(LocalDateTime.of(2026, 10, 9, 10, 30)));
        // the reminder two calendar days before
        assertThat(deadlines.reminder(null, "Activity_ChangeLicence"))
                .isEqualTo(at(LocalDateTime.of(2026, 10, 7, 10, 30)));
    }

    @Test
    void calendarPeriodsAndTheStandardStillApply() {
        deadlines.setStandard(Allowance.parse("P10D"));
        ClockUtil.setCurrentTime(at(LocalDateTime.of(2026, 9, 24, 10, 30)));

        assertThat(deadlines.due(null, "Activity_Unlisted")).isEqualTo(at(LocalDateTime.of(2026, 10, 4, 10, 30)));
    }

    @Test
    void overdueTasksAreEscalatedAtTheDueDateAndAgainOnACycle() {
        deadlines.setActivities(Map.of("Activity_ChangeLicence", Allowance.parse("5WD")));
        ClockUtil.setCurrentTime(at(LocalDateTime.of(2026, 9, 24, 10, 30)));

        String cycle = deadlines.escalationCycle(null, "Activity_ChangeLicence");

        // three escalations in all: at the due date and twice more, three days apart
        assertThat(cycle).startsWith("R2/2026-10-09T10:30:00").endsWith("/P3D");
    }

    @Test
    void allowancesReadAsConfigurationWritesThem() {
        assertThat(Allowance.parse("15 working days").workingDays()).isEqualTo(15);
        assertThat(Allowance.parse("15个工作日").workingDays()).isEqualTo(15);
        assertThat(Allowance.parse("P30D").period()).isEqualTo(Period.ofDays(30));
        assertThatThrownBy(() -> Allowance.parse("two weeks")).hasMessageContaining("'two weeks'");
    }

    private static Date at(LocalDateTime time) {
        return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
    }
}
