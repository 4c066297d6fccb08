package org.yangguang.personaldata.internal;

import org.mybatis.spring.boot.autoconfigure.ConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yangguang.personaldata.PersonalDataCipher;

/**
 * Hands MyBatis the one instance of each personal-data type handler, holding the cipher, before
 * the mapper files are read: a mapper's {@code typeHandler=} attribute then resolves to it instead
 * of a new instance. They are registered for a Java type of their own, never for {@code String},
 * so no other column is sealed or hashed by accident ({@link OnlyByName}). Mappers write
 * {@code #{idNumber, typeHandler=sealed}} into a sealed column, {@code #{idNumber, typeHandler=searchHash}}
 * into or against its hash column, and read with {@code <arg column="id_number" typeHandler="sealed"/>}.
 */
@Configuration(proxyBeanMethods = false)
class PersonalDataTypeHandlers {

    @Bean
    ConfigurationCustomizer personalDataHandlers(PersonalDataCipher cipher) {
        return configuration -> {
            configuration.getTypeHandlerRegistry().register(new SealedString(cipher));
            configuration.getTypeHandlerRegistry().register(new SearchHash(cipher));
            configuration.getTypeHandlerRegistry().register(new SealedBytes(cipher));
            configuration.getTypeAliasRegistry().registerAlias("sealed", SealedString.class);
            configuration.getTypeAliasRegistry().registerAlias("searchHash", SearchHash.class);
            configuration.getTypeAliasRegistry().registerAlias("sealedBytes", SealedBytes.class);
        };
    }
}
