package org.rectify.campaign.web;

import java.util.List;
import org.rectify.campaign.RowError;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload above spring.servlet.multipart.max-file-size is refused before any controller is
 * chosen, so only an advice without selectors sees it, whichever endpoint it was meant for. It
 * answers 400 in the shape of a refused ledger (errors with one file-level reason).
 */
@RestControllerAdvice
class UploadTooLargeAdvice {

    private final DataSize uploadLimit;

    UploadTooLargeAdvice(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize uploadLimit) {
        this.uploadLimit = uploadLimit;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        String reason = "文件过大 The file is larger than the upload limit of " + uploadLimit.toMegabytes() + " MB";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, reason);
        problem.setTitle("文件未上传 Upload refused");
        problem.setProperty("errors", List.of(new RowError(null, null, null, reason)));
        return problem;
    }
}
