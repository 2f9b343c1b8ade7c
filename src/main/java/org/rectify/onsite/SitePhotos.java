package org.rectify.onsite;

import java.util.List;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.authorization.Groups;
import org.rectify.enterprise.CaseAccessPolicy;
import org.rectify.identity.Agency;
import org.rectify.shared.DocumentStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Site photos to download, under the case's access rules (docs/access-policy.md); a photo of an
 * equipment inspection, which is no case, for the bureau, the leading group and whoever took it.
 */
@Service
@Transactional(readOnly = true)
public class SitePhotos {

    public record Download(String fileName, String contentType, byte[] content) {
    }

    private final SitePhotoRepository photos;
    private final SiteVisitRepository visits;
    private final CaseAccessPolicy access;
    private final DocumentStore documents;

    SitePhotos(SitePhotoRepository photos, SiteVisitRepository visits, CaseAccessPolicy access, DocumentStore documents) {
        this.photos = photos;
        this.visits = visits;
        this.access = access;
        this.documents = documents;
    }

    /** @throws NoSuchElementException for a photo that does not exist or that the caller may not see */
    public Download download(Long photoId, String userId, List<String> groups) {
        SitePhoto photo = photos.findById(photoId).orElseThrow(() -> notFound(photoId));
        SiteVisit visit = visits.findById(photo.getVisitId()).orElseThrow(() -> notFound(photoId));
        if (visit.getCaseId() != null) {
            access.require(visit.getCaseId());
        } else if (!userId.equals(visit.getSubmittedBy()) && groups.stream().noneMatch(g -> g.equals(Groups.CAMUNDA_ADMIN)
                || g.equals(Agency.MARKET_REGULATION.groupId()) || g.equals(Agency.SUPERVISOR.groupId()))) {
            throw notFound(photoId);
        }
        return new Download(photo.getFileName(), photo.getContentType(), documents.get(photo.getStorageKey()));
    }

    private static NoSuchElementException notFound(Long photoId) {
        return new NoSuchElementException("photoId: 无此照片 no photo " + photoId);
    }
}
