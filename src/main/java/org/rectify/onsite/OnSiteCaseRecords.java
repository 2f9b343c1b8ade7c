package org.rectify.onsite;

import static org.rectify.enterprise.CaseRecord.Section.DOCUMENTS;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rectify.enterprise.CaseFileContributor;
import org.rectify.enterprise.CaseRecord;
import org.rectify.enterprise.CaseView;
import org.rectify.enterprise.EnterpriseCase;
import org.springframework.stereotype.Component;

/** The on-site records of a case: each visit recorded from the phone, signed, and its photos as documents. */
@Component
class OnSiteCaseRecords implements CaseFileContributor {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final SiteVisitRepository visits;
    private final SitePhotoRepository photos;

    OnSiteCaseRecords(SiteVisitRepository visits, SitePhotoRepository photos) {
        this.visits = visits;
        this.photos = photos;
    }

    @Override
    public List<CaseRecord> records(EnterpriseCase c, CaseView view) {
        List<SiteVisit> ofCase = visits.findByCaseIdOrderByIdAsc(c.getId());
        if (ofCase.isEmpty()) {
            return List.of();
        }
        Map<Long, List<SitePhoto>> byVisit = photos.findByVisitIdInOrderByIdAsc(ofCase.stream().map(SiteVisit::getId)
                .toList()).stream().collect(Collectors.groupingBy(SitePhoto::getVisitId));
        List<CaseRecord> records = new ArrayList<>();
        for (SiteVisit visit : ofCase) {
            List<SitePhoto> taken = byVisit.getOrDefault(visit.getId(), List.of());
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("taskName", visit.getTaskName());
            details.put("signedName", view.who(visit.getSignedName()));
            details.put("signedAt", visit.getSignedAt());
            details.put("photos", taken.size());
            records.add(new CaseRecord(DOCUMENTS, visit.getSubmittedAt(), "SITE_VISIT", "现场记录 On-site record",
                    visit.getTaskName() + "，照片 " + taken.size() + " 张 photos" + (view == CaseView.FULL
                            ? "，签名 signed " + visit.getSignedName() + " " + TIME.format(visit.getSignedAt()) : ""),
                    view.who(visit.getSubmittedBy()), details, null));
            for (SitePhoto photo : taken) {
                Map<String, Object> facts = new LinkedHashMap<>();
                facts.put("photoId", photo.getId());
                facts.put("fileName", photo.getFileName());
                facts.put("contentType", photo.getContentType());
                facts.put("sizeBytes", photo.getSizeBytes());
                facts.put("sha256", photo.getSha256());
                facts.put("takenAt", photo.getTakenAt());
                facts.put("latitude", photo.getLatitude());
                facts.put("longitude", photo.getLongitude());
                String where = photo.getLatitude() == null ? "" : "，位置 at " + photo.getLatitude().toPlainString() + ", "
                        + photo.getLongitude().toPlainString();
                String when = photo.getTakenAt() == null ? "" : "，拍摄于 taken " + TIME.format(photo.getTakenAt());
                records.add(new CaseRecord(DOCUMENTS, visit.getSubmittedAt(), "SITE_PHOTO", "现场照片 Site photo",
                        photo.getFileName() + " (" + Math.max(1, photo.getSizeBytes() / 1024) + " KB)" + when + where,
                        view.who(visit.getSubmittedBy()), facts, "/api/site-photos/" + photo.getId()));
            }
        }
        return records;
    }
}
