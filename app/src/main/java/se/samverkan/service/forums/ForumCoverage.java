package se.samverkan.service.forums;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import se.samverkan.domain.Branch;
import se.samverkan.domain.BranchGap;
import se.samverkan.domain.County;
import se.samverkan.domain.CoverageMatrix;
import se.samverkan.domain.Forum;
import se.samverkan.domain.ForumType;
import se.samverkan.domain.SeatRow;

/**
 * Who covers which forums, computed in memory from the whole registry (a region has tens of forums, not thousands).
 * A forum belongs to a county by its own county or its municipality's; a NUTS-area forum (a structural-fund
 * partnership) serves every county of its area in the matrix; national forums serve none.
 * Only seats that hold on {@code today} and represent IF Metall (a branch or the union) count.
 */
final class ForumCoverage {

    private final List<ForumType> types;
    private final List<Forum> forums;
    private final List<SeatRow> seats;
    private final Map<String, String> countyOfMunicipality;
    private final Map<String, String> countyNames = new LinkedHashMap<>();
    private final Map<String, List<String>> countiesOfNuts = new LinkedHashMap<>();

    ForumCoverage(List<ForumType> types, List<Forum> forums, List<SeatRow> seats, List<County> counties,
                  Map<String, String> countyOfMunicipality, LocalDate today) {
        this.types = types;
        this.forums = forums;
        this.seats = seats.stream().filter(s -> s.union() && s.currentOn(today)).toList();
        this.countyOfMunicipality = countyOfMunicipality;
        counties.forEach(c -> {
            countyNames.put(c.code(), c.nameSv());
            countiesOfNuts.computeIfAbsent(c.nutsCode(), k -> new ArrayList<>()).add(c.code());
        });
    }

    String countyOf(Forum f) {
        if (f.countyCode() != null) {
            return f.countyCode();
        }
        return f.municipalityCode() == null ? null : countyOfMunicipality.get(f.municipalityCode());
    }

    /** The counties a forum serves: its own county, else every county of its NUTS area (a partnership). */
    private boolean serves(Forum f, String county) {
        String own = countyOf(f);
        if (own != null) {
            return own.equals(county);
        }
        return f.nutsCode() != null && countiesOfNuts.getOrDefault(f.nutsCode(), List.of()).contains(county);
    }

    /** Branches without a current seat of their own in a key forum of a county they cover, by branch and forum. */
    List<BranchGap> branchGaps(List<Branch> branches) {
        Map<String, ForumType> byCode = new LinkedHashMap<>();
        types.forEach(t -> byCode.put(t.code(), t));
        List<BranchGap> gaps = new ArrayList<>();
        for (Branch b : branches.stream().sorted(Comparator.comparingInt(Branch::number)).toList()) {
            for (String county : b.countyCodes()) {
                for (Forum f : forums) {
                    ForumType type = byCode.get(f.forumType());
                    if (type != null && type.keyForum() && county.equals(countyOf(f)) && !hasSeat(b.id(), f.id())) {
                        gaps.add(new BranchGap(b.id(), b.name(), county, countyNames.getOrDefault(county, county),
                                f.id(), f.name(), type.name()));
                    }
                }
            }
        }
        return gaps;
    }

    private boolean hasSeat(long branchId, long forumId) {
        return seats.stream().anyMatch(s -> s.forumId() == forumId && "BRANCH".equals(s.represents())
                && s.branchId() != null && s.branchId() == branchId);
    }

    /** Counties (those the branches cover and those with forums) × forum types. */
    CoverageMatrix byCounty(List<Branch> branches) {
        TreeSet<String> counties = new TreeSet<>(Comparator.comparing((String c) -> countyNames.getOrDefault(c, c)));
        branches.forEach(b -> counties.addAll(b.countyCodes()));
        forums.stream().map(this::countyOf).filter(java.util.Objects::nonNull).forEach(counties::add);
        List<CoverageMatrix.Row> rows = new ArrayList<>();
        for (String county : counties) {
            List<CoverageMatrix.Cell> cells = new ArrayList<>();
            for (ForumType type : types) {
                List<Forum> here = forums.stream()
                        .filter(f -> f.forumType().equals(type.code()) && serves(f, county)).toList();
                int union = (int) seats.stream().filter(s -> here.stream().anyMatch(f -> f.id() == s.forumId())).count();
                cells.add(new CoverageMatrix.Cell(type.code(), here.stream().map(Forum::id).toList(), union));
            }
            rows.add(new CoverageMatrix.Row(county, countyNames.getOrDefault(county, county), cells));
        }
        return new CoverageMatrix(types, rows);
    }

    /** Branches × forum types: the forums of each type in the branch's counties, and the seats it holds in them. */
    CoverageMatrix byBranch(List<Branch> branches) {
        List<CoverageMatrix.Row> rows = new ArrayList<>();
        for (Branch b : branches.stream().sorted(Comparator.comparingInt(Branch::number)).toList()) {
            List<CoverageMatrix.Cell> cells = new ArrayList<>();
            for (ForumType type : types) {
                List<Forum> here = forums.stream().filter(f -> f.forumType().equals(type.code())
                        && b.countyCodes().stream().anyMatch(c -> serves(f, c))).toList();
                int own = (int) here.stream().filter(f -> hasSeat(b.id(), f.id())).count();
                cells.add(new CoverageMatrix.Cell(type.code(), here.stream().map(Forum::id).toList(), own));
            }
            rows.add(new CoverageMatrix.Row(String.valueOf(b.id()), b.name(), cells));
        }
        return new CoverageMatrix(types, rows);
    }
}
