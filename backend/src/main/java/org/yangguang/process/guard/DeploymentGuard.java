package org.yangguang.process.guard;

import java.util.List;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.yangguang.process.EngineEvents.DeploymentRejected;

/**
 * Checks every BPMN model before the engine accepts it, from any path (Camunda Modeler, REST,
 * Cockpit, the start-up deployment of bpmn/): {@link ModelRules} run on the parsed document and each
 * violation is a BPMN parse error, so the deployment fails as for broken XML (REST 400, the message
 * shown by Modeler) and nothing is stored. A rejection is published for the audit trail. Script
 * engines are switched off as well, so no script runs even if one got in.
 */
@Component
@EnableConfigurationProperties(DeploymentPolicy.class)
class DeploymentGuard extends AbstractProcessEnginePlugin {

    private final DeploymentPolicy policy;
    private final ApplicationEventPublisher events;

    DeploymentGuard(DeploymentPolicy policy, ApplicationEventPublisher events) {
        this.policy = policy;
        this.events = events;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setBpmnParseFactory(GuardedParse::new);
        configuration.setScriptEngineResolver(new NoScripts());
    }

    private final class GuardedParse extends BpmnParse {

        GuardedParse(BpmnParser parser) {
            super(parser);
        }

        @Override
        protected void parseRootElement() {
            List<ModelRules.Violation> violations = ModelRules.check(getRootElement(), policy);
            for (ModelRules.Violation violation : violations) {
                addError(violation.message(), violation.element());
            }
            if (violations.isEmpty()) {
                super.parseRootElement();
            } else {
                String actor = Context.getCommandContext() == null ? null
                        : Context.getCommandContext().getAuthenticatedUserId();
                events.publishEvent(new DeploymentRejected(actor == null ? "system" : actor, getResourceName(),
                        violations.stream().map(ModelRules.Violation::message).toList()));
            }
        }

        private String getResourceName() {
            return name == null ? "" : name;
        }
    }

    /** The engine's script engines, all refused. */
    private static final class NoScripts implements ScriptEngineResolver {

        @Override
        public void addScriptEngineFactory(ScriptEngineFactory factory) {
            // no script engine is ever added
        }

        @Override
        public ScriptEngineManager getScriptEngineManager() {
            return new ScriptEngineManager(null);
        }

        @Override
        public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
            throw new ProcessEngineException("Scripts are disabled in this engine (language " + language + ")");
        }
    }
}
