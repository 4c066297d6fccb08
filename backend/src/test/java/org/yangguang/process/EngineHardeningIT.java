package org.yangguang.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yangguang.support.ApiIT;
import org.yangguang.support.TestAccounts;

/**
 * Issue 11.6: the engine runs with the settings of Camunda's security guidance, and they hold where
 * it matters: expressions in ad-hoc queries through the engine REST and in stored filters are
 * refused, and scripts never run.
 */
class EngineHardeningIT extends ApiIT {

    @Autowired
    ProcessEngine engine;

    @Test
    void theEngineIsConfiguredAsTheGuidanceSays() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.isEnableExpressionsInAdhocQueries()).isFalse();
        assertThat(configuration.isEnableExpressionsInStoredQueries()).isFalse();
        assertThat(configuration.isDeserializationTypeValidationEnabled()).isTrue();
        assertThat(configuration.getDeserializationTypeValidator()).isNotNull();
        assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
        assertThat(configuration.isEnableXxeProcessing()).isFalse();
        assertThat(configuration.isEnableScriptEngineLoadExternalResources()).isFalse();
        assertThat(configuration.isAuthorizationEnabled()).isTrue();
        assertThatThrownBy(() -> configuration.getScriptEngineResolver().getScriptEngine("javascript", false))
                .hasMessageContaining("Scripts are disabled");
    }

    @Test
    void anExpressionInAQueryThroughTheEngineRestIsRefused() {
        var response = anonymous().basicAuth("supervisor", TestAccounts.PASSWORD)
                .get("/engine-rest/task?assigneeExpression=%24%7BcurrentUser()%7D");
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(anonymous().basicAuth("supervisor", TestAccounts.PASSWORD).get("/engine-rest/task?assignee=nobody")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aStoredFilterWithAnExpressionIsRefused() {
        assertThatThrownBy(() -> {
                    Filter filter = engine.getFilterService().newTaskFilter("matrix")
                            .setQuery(engine.getTaskService().createTaskQuery().taskAssigneeExpression("${currentUser()}"));
                    engine.getFilterService().saveFilter(filter);
                })
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("xpression");
    }
}
