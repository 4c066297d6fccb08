package org.yangguang.process;

/**
 * Names of the process variables the models may use. Variables hold ids and routing facts only;
 * the case's data lives in the project's tables.
 */
public final class ProcessVariables {

    public static final String CASE_ID = "caseId";
    public static final String VILLAGE_CODE = "villageCode";
    public static final String TOWNSHIP_CODE = "townshipCode";
    public static final String COUNTY_CODE = "countyCode";
    public static final String CLOSE_RELATIVE = "closeRelative";
    public static final String HAD_COMPLAINT = "hadComplaint";
    /** The complaint a {@code complaint} process runs for; its tasks have no case. */
    public static final String COMPLAINT_ID = "complaintId";

    private ProcessVariables() {}

    /** The case and the routing facts of its village (village, township, county), to start a process with. */
    public static java.util.Map<String, Object> ofCase(long caseId, String villageCode) {
        java.util.Map<String, Object> variables = new java.util.HashMap<>();
        variables.put(CASE_ID, caseId);
        variables.put(VILLAGE_CODE, villageCode);
        variables.put(TOWNSHIP_CODE, org.yangguang.region.RegionCodes.townshipOf(villageCode));
        variables.put(COUNTY_CODE, org.yangguang.region.RegionCodes.countyOf(villageCode));
        return variables;
    }

    /** Every completed user task leaves its decision in {@code <taskKey>Decision}, for the model's gateways. */
    public static String decisionOf(String taskKey) {
        return taskKey + "Decision";
    }
}
