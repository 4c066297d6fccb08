package org.yangguang;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class YangguangApplication {

    public static void main(String[] args) {
        SpringApplication.run(YangguangApplication.class, args);
    }
}
