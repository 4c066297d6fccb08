package org.yangguang.common.datasource;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * With {@code yangguang.datasource.replica.url} set, the application's one {@link DataSource} routes:
 * the primary pool is built from {@code spring.datasource.*} as Spring Boot would build it, the replica
 * pool copies its settings (isolation, driver properties) with the replica's URL, account and size.
 * Without the setting this class does nothing and Spring Boot's own data source is used.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "yangguang.datasource.replica", name = "url")
@EnableConfigurationProperties(ReplicaSettings.class)
class ReplicaDataSourceConfig {

    @Bean(defaultCandidate = false)
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource primaryPool(DataSourceProperties properties) {
        return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }

    @Bean(defaultCandidate = false)
    HikariDataSource replicaPool(@Qualifier("primaryPool") HikariDataSource primary, ReplicaSettings settings) {
        HikariDataSource replica = new HikariDataSource();
        primary.copyStateTo(replica);
        replica.setJdbcUrl(settings.url());
        replica.setUsername(settings.username());
        replica.setPassword(settings.password());
        replica.setMaximumPoolSize(settings.maximumPoolSize());
        replica.setMinimumIdle(0);
        replica.setReadOnly(true);
        replica.setPoolName("replica");
        return replica;
    }

    @Bean
    @Primary
    DataSource dataSource(@Qualifier("primaryPool") HikariDataSource primary,
            @Qualifier("replicaPool") HikariDataSource replica, ReplicaSettings settings) {
        return new LazyConnectionDataSourceProxy(new ReplicaRouting(primary, replica, settings));
    }
}
