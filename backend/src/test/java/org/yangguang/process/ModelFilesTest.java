package org.yangguang.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every model in bpmn/ opens in Camunda Modeler for Camunda 7.24 and keeps its history for the audit period. */
class ModelFilesTest {

    static Stream<Path> models() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "bpmn"))) {
            List<Path> models = files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
            assertThat(models).isNotEmpty();
            return models.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void declaresTheCamundaPlatform724ExecutionPlatform(Path model) throws IOException {
        String xml = Files.readString(model);
        assertThat(xml).contains("modeler:executionPlatform=\"Camunda Platform\"")
                .contains("modeler:executionPlatformVersion=\"7.24.0\"");
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyProcessIsExecutableWithAHistoryTimeToLiveOfAtLeastFiveYears(Path model) {
        BpmnModelInstance instance = Bpmn.readModelFromFile(model.toFile());
        for (Process process : instance.getModelElementsByType(Process.class)) {
            assertThat(process.isExecutable()).as(process.getId()).isTrue();
            String ttl = process.getCamundaHistoryTimeToLiveString();
            assertThat(ttl).as(process.getId()).isNotBlank();
            int days = Integer.parseInt(ttl.replace("P", "").replace("D", ""));
            assertThat(days).as("history days of " + process.getId()).isGreaterThanOrEqualTo(5 * 365 + 1);
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyFlowElementIsDrawn(Path model) {
        BpmnModelInstance instance = Bpmn.readModelFromFile(model.toFile());
        List<String> drawn = Stream.concat(
                        instance.getModelElementsByType(BpmnShape.class).stream().map(s -> s.getBpmnElement().getId()),
                        instance.getModelElementsByType(BpmnEdge.class).stream().map(e -> e.getBpmnElement().getId()))
                .toList();
        List<String> elements = instance.getModelElementsByType(FlowElement.class).stream()
                .map(FlowElement::getId)
                .toList();
        assertThat(drawn).containsAll(elements);
    }
}
