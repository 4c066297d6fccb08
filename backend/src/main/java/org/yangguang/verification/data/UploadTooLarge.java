package org.yangguang.verification.data;

import org.springframework.http.HttpStatus;
import org.yangguang.common.ApiException;

/** 413: the upload is larger than {@code yangguang.verification.import.max-bytes}. */
public class UploadTooLarge extends ApiException {

    public UploadTooLarge(long maxMegabytes) {
        super(HttpStatus.PAYLOAD_TOO_LARGE, "import.file.tooLarge", maxMegabytes);
    }
}
