package org.yangguang.common.datasource;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code yangguang.datasource.replica.*}: where the read replica is, with which (read-only) account,
 * how many connections, and whose read-only transactions it serves: a transaction is sent there when
 * it is read-only and its name (the class and method of {@code @Transactional}) starts with one of
 * {@code features}, e.g. {@code org.yangguang.report.}.
 */
@ConfigurationProperties("yangguang.datasource.replica")
record ReplicaSettings(String url, String username, String password, @DefaultValue("5") int maximumPoolSize,
        @DefaultValue("org.yangguang.report.") List<String> features) {

    boolean serves(String transactionName) {
        return transactionName != null && features.stream().anyMatch(transactionName::startsWith);
    }
}
