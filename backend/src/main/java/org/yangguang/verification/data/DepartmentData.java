package org.yangguang.verification.data;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;

/** Reads the stored department data by person. */
@Service
public class DepartmentData {

    /** Every stored record (any source except OFFICIALS) about one of these people. */
    public List<DepartmentRecord> forPeople(Collection<String> idNumbers) {
        throw new UnsupportedOperationException("TODO helper");
    }

    /** The OFFICIALS records that name one of these people as a close relative. */
    public List<DepartmentRecord> officialsWithRelatives(Collection<String> idNumbers) {
        throw new UnsupportedOperationException("TODO helper");
    }
}
