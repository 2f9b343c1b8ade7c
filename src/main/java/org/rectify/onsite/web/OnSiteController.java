package org.rectify.onsite.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.rectify.identity.Caller;
import org.rectify.onsite.OnSiteResults;
import org.rectify.onsite.OnSiteSubmission;
import org.rectify.onsite.OnSiteTasks;
import org.rectify.onsite.SitePhotos;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "现场检查 On-site checks", description = "The phone page's tasks, their results with photos, the photos")
@RestController
class OnSiteController {

    private final OnSiteTasks tasks;
    private final OnSiteResults results;
    private final SitePhotos photos;
    private final Caller caller;

    OnSiteController(OnSiteTasks tasks, OnSiteResults results, SitePhotos photos, Caller caller) {
        this.tasks = tasks;
        this.results = results;
        this.photos = photos;
        this.caller = caller;
    }

    @Operation(summary = "我的现场任务 My on-site tasks", description = "Open survey, verification, closure, acceptance and"
            + " equipment-inspection tasks the caller may work, with each one's deployed form and starting values.")
    @GetMapping("/api/on-site/tasks")
    List<OnSiteTasks.OnSiteTask> myTasks() {
        return tasks.of(caller.userId());
    }

    @Operation(summary = "提交现场结果 Submit an on-site result", description = "Multipart: part submission (JSON: variables"
            + " in the engine REST shape, signedName, signedAt, clientKey, photos' time and position) and parts photos."
            + " All or nothing; 409 when the task was completed already (nothing recorded); the same clientKey again"
            + " answers the first submission's result.")
    @PostMapping(path = "/api/on-site/tasks/{taskId}/result", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    OnSiteResults.VisitView submit(@PathVariable String taskId, @RequestPart("submission") OnSiteSubmission submission,
                                   @RequestPart(name = "photos", required = false) List<MultipartFile> photoParts)
            throws IOException {
        List<OnSiteResults.PhotoPart> parts = new ArrayList<>();
        for (MultipartFile part : photoParts == null ? List.<MultipartFile>of() : photoParts) {
            parts.add(new OnSiteResults.PhotoPart(part.getOriginalFilename(), part.getBytes()));
        }
        return results.submit(taskId, submission, parts, caller.userId());
    }

    @Operation(summary = "现场照片 A site photo", description = "Under the case's access rules.")
    @GetMapping("/api/site-photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable Long photoId) {
        SitePhotos.Download download = photos.download(photoId, caller.userId(), caller.groups());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(download.contentType()))
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(download.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(download.content());
    }

    @ExceptionHandler(OnSiteResults.TaskCompletedException.class)
    ProblemDetail completed(OnSiteResults.TaskCompletedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("任务已办结 Task completed already");
        return problem;
    }
}
