package org.yangguang.roster;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.household.HouseholdService;
import org.yangguang.region.Region;
import org.yangguang.region.RegionCodes;
import org.yangguang.region.RegionService;
import org.yangguang.roster.RosterEvents.RosterImported;
import org.yangguang.roster.internal.RosterImportMapper;
import org.yangguang.verification.data.ImportError;
import org.yangguang.verification.data.ImportUploads;

/**
 * Imports a county's roster: every row checked, then every household; any problem and nothing is
 * stored (the answer lists them by row and column). A file imported before (same content) changes
 * nothing and answers the earlier counts.
 */
@Service
public class RosterImports {

    private static final int MAX_REPORTED = 1000;

    private final ImportUploads uploads;
    private final RegionService regions;
    private final HouseholdService households;
    private final RosterEnrolment enrolment;
    private final RosterImportMapper imports;
    private final MessageSource messages;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RosterImports(ImportUploads uploads, RegionService regions, HouseholdService households, RosterEnrolment enrolment,
            RosterImportMapper imports, MessageSource messages, Clock clock, ApplicationEventPublisher events) {
        this.uploads = uploads;
        this.regions = regions;
        this.households = households;
        this.enrolment = enrolment;
        this.imports = imports;
        this.messages = messages;
        this.clock = clock;
        this.events = events;
    }

    /** The answer of api.md: households and persons enrolled, or the errors (then nothing was stored). */
    public record Result(int households, int persons, List<ImportError> errors, boolean duplicate) {}

    @Transactional
    public Result importRoster(String fileName, long size, InputStream content, String countyCode, String actor) {
        ImportUploads.AcceptedFile accepted = uploads.acceptXlsx(fileName, size, content);
        Path file = accepted.file();
        try {
            String sha256 = accepted.sha256();
            RosterImportMapper.Earlier earlier = imports.findBySha256(sha256);
            if (earlier != null) {
                return new Result(earlier.households(), earlier.persons(), List.of(), true);
            }
            RosterReader reader = new RosterReader(LocalDate.now(clock));
            uploads.readXlsx(file, reader::row);
            if (!reader.headerSeen()) {
                return refused(List.of(new RosterProblem(1, "", "roster.header", String.join(", ", RosterColumns.HEADER))));
            }
            RosterHouseholds checked = new RosterHouseholds().check(reader.rows(),
                    code -> isVillageOf(code, countyCode), ids -> households.membersOfOtherOpenHouseholds(ids, null));
            List<RosterProblem> problems = new java.util.ArrayList<>(reader.problems());
            problems.addAll(checked.problems());
            if (!problems.isEmpty()) {
                return refused(problems);
            }
            if (checked.households().isEmpty()) {
                return refused(List.of(new RosterProblem(2, "", "roster.empty")));
            }
            int persons = enrolment.enrol(checked.households(), actor);
            int count = checked.households().size();
            imports.insert(sha256, countyCode, accepted.fileName(), count, persons, actor, clock.instant());
            events.publishEvent(new RosterImported(actor, accepted.fileName(), count, persons));
            return new Result(count, persons, List.of(), false);
        } finally {
            uploads.discard(file);
        }
    }

    private boolean isVillageOf(String code, String countyCode) {
        return regions.find(code)
                .filter(r -> r.kind().isVillageLevel())
                .map(Region::code)
                .filter(c -> RegionCodes.countyOf(c).equals(countyCode))
                .isPresent();
    }

    private Result refused(List<RosterProblem> problems) {
        Locale locale = LocaleContextHolder.getLocale();
        List<ImportError> errors = problems.stream()
                .sorted(Comparator.comparingInt(RosterProblem::row))
                .limit(MAX_REPORTED)
                .map(p -> new ImportError(p.row(), p.column(),
                        messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale)))
                .toList();
        return new Result(0, 0, errors, false);
    }
}
