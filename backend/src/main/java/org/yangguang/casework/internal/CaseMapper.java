package org.yangguang.casework.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yangguang.casework.CaseDocument;
import org.yangguang.casework.CaseEvent;
import org.yangguang.casework.CaseRecord;

@Mapper
public interface CaseMapper {

    void insert(CaseInsert insert);

    CaseRecord findById(long id);

    CaseRecord findByProcessInstance(String processInstanceId);

    List<CaseRecord> findInScope(
            @Param("likePattern") String likePattern,
            @Param("status") String status,
            @Param("householdId") Long householdId,
            @Param("limit") int limit);

    int update(CaseRecord record);

    void insertEvent(CaseEventInsert event);

    List<CaseEvent> findEvents(long caseId);

    void insertDocument(DocumentInsert document);

    List<CaseDocument> findDocuments(long caseId);

    CaseDocument findDocument(long documentId);

    DocumentContent findDocumentContent(long documentId);
}
