package org.rectify.rectification;

import java.nio.file.Path;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** {@code rectify.rectification.*}: round limit, round deadlines and the diagnosis reports' size and old folder. */
@Component
@ConfigurationProperties(prefix = "rectify.rectification")
public class RectificationSettings {

    /** Rectification rounds allowed, the first included; after the last failed acceptance the district office decides. */
    private int maxRounds = 2;

    /** Time for the first round when the decision set no deadline, or one already passed. */
    private Period firstRound = Period.ofDays(60);

    /** Time for a 限期整改 round when the acceptance sets no date. */
    private Period reRectification = Period.ofDays(30);

    /** Largest diagnosis report accepted. */
    private DataSize reportMaxSize = DataSize.ofMegabytes(5);

    /** Where versions before the document store kept diagnosis reports; their files move into the database at start-up. */
    private Path reportFolder = Path.of("data", "reports");

    public int getMaxRounds() { return maxRounds; }
    public void setMaxRounds(int maxRounds) { this.maxRounds = maxRounds; }
    public Period getFirstRound() { return firstRound; }
    public void setFirstRound(Period firstRound) { this.firstRound = firstRound; }
    public Period getReRectification() { return reRectification; }
    public void setReRectification(Period reRectification) { this.reRectification = reRectification; }
    public DataSize getReportMaxSize() { return reportMaxSize; }
    public void setReportMaxSize(DataSize reportMaxSize) { this.reportMaxSize = reportMaxSize; }
    public Path getReportFolder() { return reportFolder; }
    public void setReportFolder(Path reportFolder) { this.reportFolder = reportFolder; }
}
