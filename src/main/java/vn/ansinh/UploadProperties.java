package vn.ansinh;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** maxSize: the largest upload (file and form together) ansinh takes. */
@ConfigurationProperties("ansinh.uploads")
public record UploadProperties(DataSize maxSize) {

    public UploadProperties {
        maxSize = maxSize == null ? DataSize.ofMegabytes(20) : maxSize;
    }
}
