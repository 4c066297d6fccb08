package org.yangguang.process.guard;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;

/**
 * The deployment guard's rules over a parsed BPMN document: no scripts, only allowed beans, classes
 * and topics, user tasks routed by the jurisdiction convention, a history time-to-live on every
 * executable process, and the task keys a process must keep. Pure: a document in, violations out.
 */
final class ModelRules {

    static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    private static final Namespace NAMESPACE = new Namespace(CAMUNDA);
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}", Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");
    private static final Pattern CALL = Pattern.compile("(?<![\\w.])([A-Za-z_][A-Za-z0-9_]*)\\s*[.(\\[]");
    private static final Set<String> IMPLICIT = Set.of("execution", "task", "authenticatedUserId", "dateTime", "true",
            "false", "null", "empty", "not", "and", "or", "eq", "ne", "lt", "gt", "le", "ge", "div", "mod");
    private static final Set<String> EXPRESSION_ATTRIBUTES = Set.of("expression", "delegateExpression",
            "candidateGroups", "candidateUsers", "assignee", "dueDate", "followUpDate", "resultVariable");

    record Violation(String message, Element element) {}

    private final DeploymentPolicy policy;
    private final List<Violation> violations = new ArrayList<>();

    ModelRules(DeploymentPolicy policy) {
        this.policy = policy;
    }

    static List<Violation> check(Element definitions, DeploymentPolicy policy) {
        ModelRules rules = new ModelRules(policy);
        for (Element process : definitions.elements("process")) {
            rules.process(process);
        }
        rules.walk(definitions);
        return rules.violations;
    }

    private void process(Element process) {
        String id = process.attribute("id");
        if ("true".equals(process.attribute("isExecutable", "true"))
                && blank(process.attributeNS(NAMESPACE, "historyTimeToLive"))) {
            add(process, "流程 " + id + " 未设置历史数据保留期限（camunda:historyTimeToLive）");
        }
        List<String> required = policy.requiredTaskKeys().getOrDefault(id, List.of());
        if (!required.isEmpty()) {
            Set<String> present = new HashSet<>();
            collectUserTaskIds(process, present);
            List<String> missing = required.stream().filter(k -> !present.contains(k)).toList();
            if (!missing.isEmpty()) {
                add(process, "流程 " + id + " 不能删除接口约定的任务：" + String.join("、", missing));
            }
        }
    }

    private void walk(Element element) {
        String tag = element.getTagName();
        String id = element.attribute("id", tag);
        if ("scriptTask".equals(tag)) {
            add(element, "不允许脚本任务（" + id + "）");
        }
        if ("script".equals(tag) && CAMUNDA.equals(element.getUri())) {
            add(element, "不允许脚本（camunda:script）");
        }
        if (!blank(element.attribute("language"))) {
            add(element, "不允许脚本条件或表达式语言（" + id + "）");
        }
        if ("userTask".equals(tag)) {
            userTask(element, id);
        }
        for (String key : element.attributes()) {
            String local = key.substring(key.lastIndexOf(':') + 1);
            boolean camunda = key.startsWith(CAMUNDA + ":");
            attribute(element, id, camunda ? local : key, element.attribute(key), camunda);
        }
        String text = element.getText();
        if (text != null && (text.contains("${") || text.contains("#{")) && !"documentation".equals(tag)) {
            expressions(element, id, text, false);
        }
        for (Element child : element.elements()) {
            walk(child);
        }
    }

    private void attribute(Element element, String id, String name, String value, boolean camunda) {
        if (value == null) {
            return;
        }
        switch (camunda ? name : "") {
            case "class" -> {
                if (!policy.allowedClasses().contains(value.trim())) {
                    add(element, "不允许调用 Java 类 " + value + "（" + id + "）");
                }
            }
            case "type" -> {
                if ("external".equals(value.trim())) {
                    String topic = element.attributeNS(NAMESPACE, "topic");
                    if (topic == null || !policy.servedTopics().contains(topic.trim())) {
                        add(element, "外部任务主题 " + topic + " 无人处理（" + id + "）");
                    }
                }
            }
            default -> {
                if ((camunda && EXPRESSION_ATTRIBUTES.contains(name)) || value.contains("${") || value.contains("#{")) {
                    expressions(element, id, value, "delegateExpression".equals(name));
                }
            }
        }
    }

    private void userTask(Element task, String id) {
        String groups = task.attributeNS(NAMESPACE, "candidateGroups");
        if (blank(groups)) {
            add(task, "人工任务 " + id + " 未按辖区设置候选组（camunda:candidateGroups）");
            return;
        }
        for (String group : groups.split(",")) {
            if (!policy.candidateGroups().contains(group.trim().replace("${", "{"))) {
                add(task, "人工任务 " + id + " 的候选组 " + group.trim() + " 不符合辖区约定（允许："
                        + String.join("、", policy.candidateGroups().stream().map(g -> g.replace("{", "${")).toList())
                        + "）");
            }
        }
    }

    /** Beans and methods named in expressions must be allowed; a delegate expression's name is a bean too. */
    private void expressions(Element element, String id, String text, boolean delegate) {
        Matcher matcher = EXPRESSION.matcher(text);
        while (matcher.find()) {
            String body = QUOTED.matcher(matcher.group(1)).replaceAll("''");
            Set<String> named = new HashSet<>();
            Matcher call = CALL.matcher(body);
            while (call.find()) {
                named.add(call.group(1));
            }
            if (delegate && body.trim().matches("[A-Za-z_][A-Za-z0-9_]*")) {
                named.add(body.trim());
            }
            for (String name : named) {
                if (!IMPLICIT.contains(name) && !policy.allowedBeans().contains(name)) {
                    add(element, "表达式调用了不允许的对象或方法 " + name + "（" + id + "）");
                }
            }
        }
    }

    private static void collectUserTaskIds(Element element, Set<String> ids) {
        if ("userTask".equals(element.getTagName())) {
            ids.add(element.attribute("id"));
        }
        for (Element child : element.elements()) {
            collectUserTaskIds(child, ids);
        }
    }

    private void add(Element element, String message) {
        violations.add(new Violation(message, element));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
