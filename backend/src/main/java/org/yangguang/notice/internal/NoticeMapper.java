package org.yangguang.notice.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yangguang.notice.Notice;
import org.yangguang.notice.NoticeDraft;
import org.yangguang.notice.Objection;

@Mapper
public interface NoticeMapper {

    void insert(@Param("id") IdHolder id, @Param("n") NoticeDraft draft, @Param("headName") String maskedHeadName,
            @Param("at") Instant at);

    Notice findById(long id);

    List<Notice> findByCase(long caseId);

    List<Notice> findPosted(@Param("likePattern") String likePattern, @Param("day") LocalDate day);

    int withdraw(@Param("id") long id, @Param("at") Instant at, @Param("day") LocalDate day);

    void insertObjection(@Param("id") IdHolder id, @Param("o") Objection objection);

    Objection findObjection(long id);

    Objection findObjectionByTrackingCode(String trackingCode);

    List<Objection> findObjectionsByCase(long caseId);

    int closeObjection(@Param("id") long id, @Param("founded") boolean founded, @Param("reply") String reply,
            @Param("at") Instant at);
}
