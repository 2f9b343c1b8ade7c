package org.rectify.deadline;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.io.Resource;

/** The working-day calendar and the parsing of deadline allowances in configuration. */
@Configuration
class CalendarConfig {

    /** The holiday table; an administrator points this at an updated copy each November. */
    @Bean
    WorkingDayCalendar workingDayCalendar(
            @Value("${rectify.calendar.holidays:classpath:calendar/cn-holidays.csv}") Resource table) {
        return WorkingDayCalendar.load(table);
    }

    @Bean
    @ConfigurationPropertiesBinding
    static Converter<String, Allowance> allowanceConverter() {
        return new Converter<>() {
            @Override
            public Allowance convert(String text) {
                return Allowance.parse(text);
            }
        };
    }
}
