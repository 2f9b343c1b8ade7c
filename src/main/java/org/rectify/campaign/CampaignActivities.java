package org.rectify.campaign;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rectify.enterprise.Enterprise;
import org.rectify.enterprise.EnterpriseRepository;
import org.rectify.enterprise.UnifiedSocialCreditCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Meetings and publicity of a campaign: what the summary reports count besides the cases. */
@Service
@Transactional
public class CampaignActivities {

    private final Roster roster;
    private final RosterRepository entries;
    private final MeetingRepository meetings;
    private final PublicityRepository publicity;
    private final EnterpriseRepository enterprises;

    CampaignActivities(Roster roster, RosterRepository entries, MeetingRepository meetings,
                       PublicityRepository publicity, EnterpriseRepository enterprises) {
        this.roster = roster;
        this.entries = entries;
        this.meetings = meetings;
        this.publicity = publicity;
        this.enterprises = enterprises;
    }

    /** Signatories must be on the campaign's roster: a letter from an unlisted enterprise is a typo. */
    public MeetingView recordMeeting(Long campaignId, MeetingRecord record, String userId) {
        roster.requireCampaign(campaignId);
        Set<Long> signatories = new LinkedHashSet<>();
        for (int i = 0; i < record.commitmentCreditCodes().size(); i++) {
            String field = "commitmentCreditCodes[" + i + "]";
            String code;
            try {
                code = UnifiedSocialCreditCode.normalize(record.commitmentCreditCodes().get(i));
            } catch (IllegalArgumentException invalid) {
                throw new IllegalArgumentException(field + ": " + invalid.getMessage());
            }
            Long enterpriseId = enterprises.findByCreditCode(code).map(Enterprise::getId)
                    .filter(id -> entries.findByCampaignIdAndEnterpriseId(campaignId, id).isPresent())
                    .orElseThrow(() -> new IllegalArgumentException(field + ": 企业不在名单中 enterprise " + code
                            + " is not on the roster of campaign " + campaignId));
            signatories.add(enterpriseId);
        }
        Meeting meeting = meetings.save(new Meeting(campaignId, record, signatories, userId));
        return view(meeting, names(signatories));
    }

    @Transactional(readOnly = true)
    public List<MeetingView> meetings(Long campaignId) {
        roster.requireCampaign(campaignId);
        List<Meeting> found = meetings.findByCampaignIdOrderByHeldOnAscIdAsc(campaignId);
        Map<Long, Enterprise> names = names(found.stream().flatMap(m -> m.getCommitments().stream())
                .collect(Collectors.toSet()));
        return found.stream().map(m -> view(m, names)).toList();
    }

    /** A meeting as a report names it: its date and kind. */
    public record Held(LocalDate on, MeetingKind kind) {
    }

    /** The campaign's meetings in date order, as the summary lists them. */
    @Transactional(readOnly = true)
    public List<Held> held(Long campaignId) {
        return meetings.datesAndKinds(campaignId).stream()
                .map(row -> new Held((LocalDate) row[0], (MeetingKind) row[1])).toList();
    }

    public PublicityView recordPublicity(Long campaignId, PublicityRecord record, String userId) {
        roster.requireCampaign(campaignId);
        return PublicityView.of(publicity.save(new Publicity(campaignId, record, userId)));
    }

    @Transactional(readOnly = true)
    public List<PublicityView> publicity(Long campaignId) {
        roster.requireCampaign(campaignId);
        return publicity.findByCampaignIdOrderByRecordedOnAscIdAsc(campaignId).stream().map(PublicityView::of).toList();
    }

    private Map<Long, Enterprise> names(Set<Long> enterpriseIds) {
        return enterprises.findAllById(enterpriseIds).stream().collect(Collectors.toMap(Enterprise::getId,
                Function.identity()));
    }

    private static MeetingView view(Meeting m, Map<Long, Enterprise> enterprises) {
        List<MeetingView.Signatory> signatories = m.getCommitments().stream().map(enterprises::get)
                .sorted(Comparator.comparing(Enterprise::getCreditCode))
                .map(e -> new MeetingView.Signatory(e.getId(), e.getCreditCode(), e.getName())).toList();
        return new MeetingView(m.getId(), m.getHeldOn(), m.getKind().name(), m.getKind().displayName(), m.getTitle(),
                m.getAttendees(), m.getAttendeeCount(), signatories, m.getNote(), m.getRecordedBy(),
                m.getRecordedAt());
    }
}
