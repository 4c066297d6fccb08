package org.yangguang.verification.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.yangguang.verification.data.internal.DepartmentDataMapper;
import org.yangguang.verification.data.internal.DepartmentDataMapper.StoredRecord;

/** Reads the stored department data by person, and the list of stored files. */
@Service
public class DepartmentData {

    /** ID numbers per query: an IN list stays well inside what every database accepts. */
    static final int IN_LIST_LIMIT = 1000;
    private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() {};

    private final DepartmentDataMapper mapper;
    private final ObjectMapper json = new ObjectMapper();

    DepartmentData(DepartmentDataMapper mapper) {
        this.mapper = mapper;
    }

    /** Every stored record (any source except OFFICIALS) about one of these people. */
    public List<DepartmentRecord> forPeople(Collection<String> idNumbers) {
        return inChunks(idNumbers, chunk -> mapper.findByPeople(chunk, DataSource.OFFICIALS.name()));
    }

    /** The OFFICIALS records that name one of these people as a close relative. */
    public List<DepartmentRecord> officialsWithRelatives(Collection<String> idNumbers) {
        return inChunks(idNumbers, chunk -> mapper.findByRelatives(chunk, DataSource.OFFICIALS.name()));
    }

    /** The most recent stored files, newest first. */
    public List<ImportBatch> recentBatches(int limit) {
        return mapper.findRecentBatches(limit);
    }

    private List<DepartmentRecord> inChunks(Collection<String> idNumbers,
            Function<List<String>, List<StoredRecord>> query) {
        List<String> all = idNumbers.stream().filter(id -> id != null && !id.isBlank()).distinct().toList();
        List<DepartmentRecord> found = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_LIST_LIMIT) {
            for (StoredRecord row : query.apply(all.subList(from, Math.min(all.size(), from + IN_LIST_LIMIT)))) {
                found.add(new DepartmentRecord(row.id(), DataSource.valueOf(row.source()), row.idNumber(),
                        row.relatedIdNumber(), fields(row.fields())));
            }
        }
        return found;
    }

    private LinkedHashMap<String, String> fields(String text) {
        try {
            return json.readValue(text, FIELDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored fields are not a JSON object", e);
        }
    }
}
