package io.camwarden.vuln.bundle;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Bundle errors as RFC 9457 problem details, each saying what to do. */
@RestControllerAdvice(assignableTypes = BundleController.class)
public class BundleProblems {

    @ExceptionHandler(BundleRefusedException.class)
    ProblemDetail refused(BundleRefusedException e) {
        HttpStatus status = e.reason() == Refusal.TOO_LARGE ? HttpStatus.CONTENT_TOO_LARGE
                : HttpStatus.UNPROCESSABLE_CONTENT;
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, "bundle refused, nothing imported: "
                + e.getMessage());
        p.setProperty("reason", e.reason().name());
        p.setProperty("advice", e.reason().advice());
        return p;
    }

    @ExceptionHandler(BundleImportFailedException.class)
    ProblemDetail failed(BundleImportFailedException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        p.setProperty("reason", "CONTENT_NOT_IMPORTED");
        return p;
    }

    @ExceptionHandler(NoTrustedKeysException.class)
    ProblemDetail noKeys(NoTrustedKeysException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }

    /** A trusted-key file in the server's settings that is missing or broken. */
    @ExceptionHandler(BundleKeys.KeyFileException.class)
    ProblemDetail brokenKeySetting(BundleKeys.KeyFileException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "the server's trusted bundle keys"
                + " are misconfigured, so no bundle can be imported until an administrator fixes them: "
                + e.getMessage());
    }
}
