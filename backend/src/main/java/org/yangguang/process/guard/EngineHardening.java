package org.yangguang.process.guard;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The engine settings of Camunda's security guidance, fixed in code so that no configuration file
 * can loosen them: no expressions in ad-hoc or stored queries (an expression there runs with the
 * engine's rights), type validation before any object variable is deserialized, no Java
 * serialization format, no external entities in parsed XML, and no script engine may load
 * external resources. Scripts themselves are refused by {@link DeploymentGuard}.
 */
@Component
class EngineHardening extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        apply(configuration);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        // Again after every other plugin (generic properties among them) has had its say.
        apply(configuration);
    }

    private static void apply(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnableExpressionsInAdhocQueries(false);
        configuration.setEnableExpressionsInStoredQueries(false);
        configuration.setDeserializationTypeValidationEnabled(true);
        configuration.setJavaSerializationFormatEnabled(false);
        configuration.setEnableXxeProcessing(false);
        configuration.setEnableScriptEngineLoadExternalResources(false);
    }
}
