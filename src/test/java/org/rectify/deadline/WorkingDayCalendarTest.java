package org.rectify.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/** The shipped table on the holidays of the State Council notices. */
class WorkingDayCalendarTest {

    final WorkingDayCalendar calendar = WorkingDayCalendar.load(new ClassPathResource("calendar/cn-holidays.csv"));

    @Test
    void nationalDayWeekIsSkippedAndItsMakeUpSaturdayCounts() {
        // Thursday 24 Sep 2026 + 5 working days: Fri 25 to Sun 27 Sep are Mid-Autumn, Sun 20 Sep was
        // worked already; Mon 28, Tue 29, Wed 30 Sep, then 1-7 Oct off, then Thu 8, Fri 9 Oct
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 24), 5)).isEqualTo(LocalDate.of(2026, 10, 9));
        // the make-up Saturday 10 Oct is the sixth
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 24), 6)).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 5))).isFalse();
    }

    @Test
    void fifteenWorkingDaysAcrossTheSpringFestival() {
        // from Mon 9 Feb 2026: 10-13 Feb (4), Sat 14 Feb make-up (5), 15-23 Feb off,
        // 24-27 Feb (9), Sat 28 Feb make-up (10), 2-6 Mar (15)
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 9), 15)).isEqualTo(LocalDate.of(2026, 3, 6));
    }

    @Test
    void spring2025MakeUpSundayBeforeTheFestivalCounts() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 26))).isTrue();
        assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 1, 24), 1)).isEqualTo(LocalDate.of(2025, 1, 26));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 1, 26), 2)).isEqualTo(LocalDate.of(2025, 2, 5));
    }

    @Test
    void beyondTheTableOnlyWeekendsAreDaysOff() {
        assertThat(calendar.covers(2030)).isFalse();
        // Friday 27 Sep 2030 + 3: Mon 30 Sep, Tue 1 Oct, Wed 2 Oct (no National Day known)
        assertThat(calendar.plusWorkingDays(LocalDate.of(2030, 9, 27), 3)).isEqualTo(LocalDate.of(2030, 10, 2));
    }

    @Test
    void aBrokenTableLineIsNamed() {
        ByteArrayResource table = new ByteArrayResource(
                "2026-10-01,HOLIDAY,National Day\n2026-10-02,HOLIDY,typo\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> WorkingDayCalendar.load(table)).hasMessageContaining("line 2");
    }
}
