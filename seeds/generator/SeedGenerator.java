import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Seed data for the Heshun county (和顺县) social-security bureau.
 *
 * <p>Run from the repository root (JDK 17, no dependencies):
 * <pre>
 *   java seeds/generator/SeedGenerator.java          # writes seeds/data/*.csv
 *   java seeds/generator/SeedGenerator.java --check  # re-reads seeds/data/*.csv and verifies the story
 * </pre>
 *
 * <p>The story, as of "today" 2026-11-22:
 * <ul>
 *   <li>The areas are real (National Bureau of Statistics 2023 codes): 9 townships, 183 villages/communities.
 *   <li>Every village has a service station, every township a service centre; about 70% of the villages have
 *       a self-service kiosk (村村通自助机). Each village is looked after by exactly one community worker.
 *   <li>The people are synthetic: about 5000 pensioners and 3000 working-age contributors. Heshun's
 *       residents' pension scheme started on 2010-01-01: whoever was already 60 then was entitled without
 *       contributing; whoever was 45+ contributed every year until 60.
 *   <li>The 2026 certification campaign (2026-03-01 .. 2026-11-15) certified exactly 3008 pensioners:
 *       1331 by self-service face check, 414 assisted at their village station, 1210 at centralized
 *       sessions in the township centres and 53 at home (bedridden or living alone, mostly).
 *   <li>Everyone else was certified by data comparison (hospital, transport or other records) between
 *       2025-11-16 and 2026-11-10. 40 of them were certified a year ago and are now overdue: their benefit is
 *       suspended. 150 more fall due within the next 30 days. Ten open home visits target some of them.
 *   <li>Twenty pensioners had been suspended earlier in 2026 and resumed when the campaign certified them:
 *       their missed months were paid as BACK_PAY the month after.
 * </ul>
 * Every random choice comes from {@link Random} instances with fixed seeds, so re-running the program
 * produces byte-identical files.
 */
public class SeedGenerator {

    // ------------------------------------------------------------------ the fixed world

    static final Path INPUT = Path.of("seeds/input/heshun-areas.csv");
    static final Path OUTPUT = Path.of("seeds/data");

    static final long SEED = 1407232026L;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final LocalDate SCHEME_START = LocalDate.of(2010, 1, 1);
    static final LocalDate BALANCE_AS_OF = LocalDate.of(2026, 10, 31);
    static final LocalDate CAMPAIGN_START = LocalDate.of(2026, 3, 1);
    static final LocalDate CAMPAIGN_END = LocalDate.of(2026, 11, 15);
    static final YearMonth FIRST_PERIOD = YearMonth.of(2025, 12);
    static final YearMonth LAST_PERIOD = YearMonth.of(2026, 11);
    /** Pensioners are at least 60 on TODAY and have started drawing by the last paid period. */
    static final LocalDate LAST_PENSIONER_BIRTH = LocalDate.of(1966, 10, 31);
    static final LocalDate FIRST_CONTRIBUTOR_BIRTH = TODAY.minusYears(60).plusDays(1);   // 59 today
    static final LocalDate LAST_CONTRIBUTOR_BIRTH = LocalDate.of(2010, 9, 30);           // 16 by end of Sept.

    static final ZoneOffset CST = ZoneOffset.ofHours(8);
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    static final String RESIDENT_SCHEME = "URBAN_RURAL_RESIDENT";
    static final String EMPLOYEE_SCHEME = "URBAN_EMPLOYEE";
    static final BigDecimal RESIDENT_BASIC = new BigDecimal("163.00");
    static final int MONTHS_DIVISOR_AT_60 = 139;
    static final BigDecimal YEARLY_INTEREST = new BigDecimal("0.025");

    static final int PENSIONERS = 5000;
    static final int CONTRIBUTORS = 3000;
    static final int EMPLOYEE_PENSIONERS = 400;                 // 8%
    static final int SELF_SERVICE = 1331, ASSISTED = 414, CENTRALIZED = 1210, HOME_VISITS = 53;
    static final int OVERDUE = 40, DUE_SOON = 150, BACK_PAY_PENSIONERS = 20;
    static final int OPEN_VISITS_OVERDUE = 6, OPEN_VISITS_DUE = 4;  // resident2's visit is one of the overdue ones
    static final int KIOSK_VILLAGES = 128;                      // 70% of 183
    static final int ASSISTED_VILLAGES = 110;                   // 60% of 183

    static final List<String> ALL_SERVICES = List.of(
            "PENSION_CERTIFICATION", "ASSISTED_CERTIFICATION", "PENSION_ENQUIRY", "CONTRIBUTION_PAYMENT",
            "ENROLMENT", "EMPLOYMENT_SERVICES", "MEDICAL_INSURANCE", "SOCIAL_SECURITY_CARD");

    /** Yearly contribution grades of the residents' scheme and the county subsidy for each. */
    static final Map<Integer, Integer> SUBSIDY_BY_GRADE = new TreeMap<>(Map.of(200, 30, 300, 35, 500, 40, 1000, 50, 2000, 60));

    /**
     * Plausible (not surveyed) positions of the township seats. The county seat 义兴镇 and the town
     * district 城区 sit at about 37.33N 113.57E; the other townships are spread around it.
     */
    static final Map<String, Point> TOWNSHIP_CENTRES = Map.of(
            "140723100", new Point(37.329100, 113.570400),   // 义兴镇, county seat
            "140723101", new Point(37.431800, 113.402600),   // 李阳镇, north-west
            "140723102", new Point(37.401200, 113.724500),   // 松烟镇, north-east
            "140723103", new Point(37.246300, 113.431900),   // 青城镇, south-west
            "140723104", new Point(37.198700, 113.651200),   // 横岭镇, south
            "140723200", new Point(37.344600, 113.418800),   // 喂马乡, west
            "140723201", new Point(37.502400, 113.598300),   // 平松乡, north
            "140723203", new Point(37.187500, 113.781600),   // 马坊乡, south-east
            "140723400", new Point(37.333200, 113.563900));  // 城区, the county town

    // ------------------------------------------------------------------ the records

    record Area(String code, String name, String level, String parentCode) {
        /** 东仁村村民委员会 -> 东仁村, 东城社区居民委员会 -> 东城社区. */
        String shortName() {
            for (String suffix : List.of("村民委员会", "居民委员会")) {
                if (name.endsWith(suffix)) return name.substring(0, name.length() - suffix.length());
            }
            return name;
        }
        String townshipCode() { return code.substring(0, 9); }
        boolean isCommunity() { return name.endsWith("居民委员会"); }
    }

    record Point(double lat, double lon) {
        Point rounded() { return new Point(round6(lat), round6(lon)); }
    }

    record ServicePoint(int id, String code, String name, Area area, String address, String phone,
                        String openingHours, Point location, boolean hasKiosk, List<String> services) {
        boolean offers(String service) { return services.contains(service); }
    }

    record Worker(int id, String name, String phone, String loginSubject, List<Area> villages) {}

    enum Kind { PENSIONER, CONTRIBUTOR }

    record Person(String idNumber, String name, String gender, LocalDate birthDate, String phone, Area village,
                  String address, boolean livesAlone, boolean bedridden, String loginSubject, Kind kind) {}

    record Resident(int id, Person p) {
        int age() { return Period.between(p.birthDate(), TODAY).getYears(); }
        Area village() { return p.village(); }
    }

    record Contribution(int enrolmentId, int year, int amount, int subsidy, LocalDate paidOn) {}

    record Enrolment(int id, Resident resident, String scheme, LocalDate enrolledOn, BigDecimal balance,
                     List<Contribution> contributions) {}

    record Benefit(int id, Resident resident, Enrolment enrolment, LocalDate startedOn, BigDecimal basic,
                   BigDecimal account) {
        BigDecimal monthly() { return basic.add(account); }
    }

    enum Channel { SELF_SERVICE, ASSISTED, CENTRALIZED, HOME_VISIT, DATA_COMPARISON }

    /** The one (latest) certification of a pensioner, before ids are given in chronological order. */
    record Cert(Benefit benefit, Channel channel, OffsetDateTime certifiedAt, String evidenceType,
                String evidenceRef, boolean inCampaign, ServicePoint servicePoint, Worker worker, Visit visit) {
        LocalDate validUntil() { return certifiedAt.toLocalDate().plusMonths(12); }
    }

    record Visit(String clientId, Resident resident, Worker worker, String reason, String requestedBy, String status,
                 LocalDate scheduledOn, String outcome, String notes, OffsetDateTime visitedAt, Point location,
                 OffsetDateTime createdAt, OffsetDateTime updatedAt) {}

    record Payment(Benefit benefit, YearMonth period, BigDecimal amount, String kind, LocalDate paidOn) {}

    // ------------------------------------------------------------------ entry point

    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals("--check")) {
            Check.run();
            return;
        }
        new SeedGenerator().generate();
    }

    final List<Area> areas = new ArrayList<>();
    final List<Area> townships = new ArrayList<>();
    final List<Area> villages = new ArrayList<>();
    final Map<String, Area> areaByCode = new LinkedHashMap<>();
    final List<ServicePoint> servicePoints = new ArrayList<>();
    final Map<String, ServicePoint> pointByArea = new HashMap<>();
    final List<Worker> workers = new ArrayList<>();
    final Map<String, Worker> workerByVillage = new HashMap<>();
    final List<Resident> residents = new ArrayList<>();
    final List<Enrolment> enrolments = new ArrayList<>();
    final List<Benefit> benefits = new ArrayList<>();
    final Map<Integer, LocalDate> suspendedSince = new HashMap<>();        // benefit id -> date
    final List<Cert> certs = new ArrayList<>();
    final List<Visit> visits = new ArrayList<>();
    final List<Payment> payments = new ArrayList<>();
    final Names names = new Names();
    final IdNumbers idNumbers = new IdNumbers();

    void generate() throws IOException {
        readAreas();
        buildServicePoints(new Random(SEED + 1));
        buildWorkers(new Random(SEED + 2));
        buildResidents(new Random(SEED + 3));
        buildEnrolmentsAndBenefits(new Random(SEED + 4));
        certify(new Random(SEED + 5));
        pay(new Random(SEED + 6));
        write();
    }

    // ------------------------------------------------------------------ areas

    void readAreas() throws IOException {
        List<String[]> rows = Csv.read(INPUT);
        for (String[] r : rows.subList(1, rows.size())) {
            Area a = new Area(r[0], r[1], r[2], r[3].isEmpty() ? null : r[3]);
            areas.add(a);
            areaByCode.put(a.code(), a);
            if (a.level().equals("TOWNSHIP")) townships.add(a);
            if (a.level().equals("VILLAGE")) villages.add(a);
        }
        require(townships.size() == 9 && villages.size() == 183, "expected 9 townships and 183 villages");
    }

    List<Area> villagesOf(Area township) {
        return villages.stream().filter(v -> v.parentCode().equals(township.code())).toList();
    }

    // ------------------------------------------------------------------ service points

    /**
     * Worker 1 looks after the first four villages of the county seat (义兴镇); the demo residents live there,
     * so those villages are given a kiosk and assisted certification whatever the draw says.
     */
    List<Area> demoVillages() { return villages.subList(0, 4); }

    void buildServicePoints(Random rnd) {
        Set<String> kiosk = chooseVillages(rnd, KIOSK_VILLAGES);
        Set<String> assisted = chooseVillages(rnd, ASSISTED_VILLAGES);
        int id = 0;
        for (Area t : townships) {
            Point centre = TOWNSHIP_CENTRES.get(t.code());
            String centreAddress = t.code().equals("140723400") ? "山西省晋中市和顺县城区政务服务中心一楼"
                    : "山西省晋中市和顺县" + t.name() + "人民政府便民服务中心";
            addPoint(new ServicePoint(++id, "SP" + t.code(), t.name() + "就业社保服务中心", t, centreAddress,
                    phone(id), "周一至周五 08:30-12:00, 14:30-17:30", centre, true, ALL_SERVICES));
            for (Area v : villagesOf(t)) {
                // villages scatter within ~0.08 degrees of the township seat; the town's communities within ~0.012
                double radius = v.isCommunity() ? 0.012 : 0.08;
                double r = radius * Math.sqrt(0.08 + 0.92 * rnd.nextDouble()), theta = 2 * Math.PI * rnd.nextDouble();
                Point at = new Point(clamp(centre.lat() + r * Math.cos(theta), 37.02, 37.58),
                        clamp(centre.lon() + r * Math.sin(theta), 113.32, 113.88)).rounded();
                boolean hasKiosk = kiosk.contains(v.code());
                Set<String> s = new HashSet<>();
                s.add("PENSION_ENQUIRY");
                if (hasKiosk) s.add("PENSION_CERTIFICATION");
                if (assisted.contains(v.code())) s.add("ASSISTED_CERTIFICATION");
                if (rnd.nextDouble() < 0.55) s.add("CONTRIBUTION_PAYMENT");
                if (rnd.nextDouble() < 0.45) s.add("ENROLMENT");
                if (v.isCommunity() || rnd.nextDouble() < 0.20) s.add("EMPLOYMENT_SERVICES");
                if (rnd.nextDouble() < 0.50) s.add("MEDICAL_INSURANCE");
                if (rnd.nextDouble() < (hasKiosk ? 0.40 : 0.15)) s.add("SOCIAL_SECURITY_CARD");
                List<String> services = ALL_SERVICES.stream().filter(s::contains).toList();
                String hours = pick(rnd, List.of(
                        "周一至周五 08:30-12:00, 14:30-17:30", "周一至周五 08:30-12:00, 14:30-17:30",
                        "周一至周五 09:00-11:30, 15:00-17:00", "周一、三、五 09:00-12:00",
                        "周二、四 08:30-11:30, 14:30-17:00"));
                addPoint(new ServicePoint(++id, "SP" + v.code(), v.shortName() + "就业社保服务站", v,
                        "山西省晋中市和顺县" + t.name() + v.name(),
                        phone(id), hours, at, hasKiosk, services));
            }
        }
    }

    /** Exactly {@code count} villages, always including the demo villages. */
    Set<String> chooseVillages(Random rnd, int count) {
        List<Area> others = new ArrayList<>(villages.subList(4, villages.size()));
        Collections.shuffle(others, rnd);
        Set<String> chosen = new HashSet<>();
        demoVillages().forEach(v -> chosen.add(v.code()));
        for (Area v : others) {
            if (chosen.size() == count) break;
            chosen.add(v.code());
        }
        return chosen;
    }

    void addPoint(ServicePoint p) {
        servicePoints.add(p);
        pointByArea.put(p.area().code(), p);
    }

    /** Synthetic, obviously sequential numbers in the county's 0354 area code. */
    static String phone(int servicePointId) { return String.format("0354-84%05d", servicePointId); }

    // ------------------------------------------------------------------ workers

    /** Each township's villages, in code order, are split into groups of 3 or 4; one worker per group. */
    void buildWorkers(Random rnd) {
        int id = 0;
        for (Area t : townships) {
            List<Area> vs = villagesOf(t);
            int groups = (vs.size() + 3) / 4;
            int from = 0;
            for (int g = 0; g < groups; g++) {
                int size = vs.size() / groups + (g < vs.size() % groups ? 1 : 0);
                List<Area> mine = vs.subList(from, from + size);
                from += size;
                id++;
                String gender = rnd.nextBoolean() ? "FEMALE" : "MALE";
                Worker w = new Worker(id, names.next(rnd, gender, 1970 + rnd.nextInt(26)),
                        String.format("138000%05d", id), id == 1 ? "worker1" : null, mine);
                workers.add(w);
                mine.forEach(v -> workerByVillage.put(v.code(), w));
            }
        }
        require(workers.get(0).villages().equals(demoVillages()), "worker 1 must look after the demo villages");
    }

    // ------------------------------------------------------------------ residents

    void buildResidents(Random rnd) {
        Area dongren = demoVillages().get(0), qingbei = demoVillages().get(1);
        // The three demo logins come first (ids 1..3).
        List<Person> demo = List.of(
                person(rnd, "郝秀英", "FEMALE", LocalDate.of(1961, 4, 18), dongren, false, false, true, "resident1", Kind.PENSIONER),
                person(rnd, "武福生", "MALE", LocalDate.of(1952, 9, 3), qingbei, true, false, true, "resident2", Kind.PENSIONER),
                person(rnd, "梁春梅", "FEMALE", LocalDate.of(1971, 6, 12), dongren, false, false, true, "resident3", Kind.CONTRIBUTOR));
        for (Person p : demo) residents.add(new Resident(residents.size() + 1, p));

        double[] weights = villages.stream().mapToDouble(v ->
                (0.6 + 0.8 * rnd.nextDouble()) * (v.isCommunity() ? 2.5 : v.townshipCode().equals("140723100") ? 1.2 : 1.0)).toArray();
        List<Person> others = new ArrayList<>();
        for (int i = 0; i < PENSIONERS - 2; i++) others.add(randomPerson(rnd, Kind.PENSIONER, weights));
        for (int i = 0; i < CONTRIBUTORS - 1; i++) others.add(randomPerson(rnd, Kind.CONTRIBUTOR, weights));
        // the register lists people by village, then by age
        others.sort(Comparator.comparing((Person p) -> p.village().code()).thenComparing(Person::birthDate)
                .thenComparing(Person::idNumber));
        for (Person p : others) residents.add(new Resident(residents.size() + 1, p));
    }

    Person randomPerson(Random rnd, Kind kind, double[] villageWeights) {
        LocalDate birth = kind == Kind.PENSIONER ? pensionerBirthDate(rnd) : contributorBirthDate(rnd);
        int age = Period.between(birth, TODAY).getYears();
        double femaleShare = age >= 80 ? 0.58 : 0.50;
        String gender = rnd.nextDouble() < femaleShare ? "FEMALE" : "MALE";
        Area village = villages.get(weightedIndex(rnd, villageWeights));
        // the very old more often live alone, are bedridden, or have no phone of their own
        double alone, bedridden, noPhone;
        if (kind == Kind.CONTRIBUTOR) { alone = 0.02; bedridden = 0.003; noPhone = 0.01; }
        else if (age < 70) { alone = 0.085; bedridden = 0.02; noPhone = 0.08; }
        else if (age < 80) { alone = 0.14; bedridden = 0.06; noPhone = 0.25; }
        else if (age < 90) { alone = 0.21; bedridden = 0.14; noPhone = 0.55; }
        else { alone = 0.21; bedridden = 0.28; noPhone = 0.70; }
        return person(rnd, names.next(rnd, gender, birth.getYear()), gender, birth, village,
                rnd.nextDouble() < alone, rnd.nextDouble() < bedridden, rnd.nextDouble() >= noPhone, null, kind);
    }

    Person person(Random rnd, String name, String gender, LocalDate birth, Area village, boolean alone,
                  boolean bedridden, boolean hasPhone, String login, Kind kind) {
        String phone = hasPhone ? String.format("139000%05d", rnd.nextInt(100000)) : null;
        String address = village.isCommunity()
                ? "城区" + village.shortName() + (1 + rnd.nextInt(24)) + "号楼" + (1 + rnd.nextInt(4)) + "单元"
                  + (1 + rnd.nextInt(6)) + "0" + (1 + rnd.nextInt(2)) + "室"
                : areaByCode.get(village.parentCode()).name() + village.shortName() + (1 + rnd.nextInt(180)) + "号";
        return new Person(idNumbers.next(rnd, birth, gender), name, gender, birth, phone, village, address,
                alone, bedridden, login, kind);
    }

    /** Ages 60..100 on TODAY; numbers thin out with age, faster after 85. */
    static LocalDate pensionerBirthDate(Random rnd) {
        double[] w = new double[41];
        for (int a = 60; a <= 100; a++) w[a - 60] = Math.exp(-(a - 60) / 13.0) * (a > 85 ? Math.exp(-(a - 85) / 4.0) : 1);
        int age = 60 + weightedIndex(rnd, w);
        return birthDateForAge(rnd, age, LocalDate.MIN, LAST_PENSIONER_BIRTH);
    }

    /** Ages 16..59; the young are fewer (school, migrant work elsewhere). */
    static LocalDate contributorBirthDate(Random rnd) {
        double[] w = new double[44];
        for (int a = 16; a <= 59; a++) w[a - 16] = a < 25 ? 0.5 : a < 40 ? 0.8 : 1.2;
        int age = 16 + weightedIndex(rnd, w);
        return birthDateForAge(rnd, age, FIRST_CONTRIBUTOR_BIRTH, LAST_CONTRIBUTOR_BIRTH);
    }

    static LocalDate birthDateForAge(Random rnd, int age, LocalDate min, LocalDate max) {
        LocalDate latest = TODAY.minusYears(age), earliest = TODAY.minusYears(age + 1).plusDays(1);
        if (latest.isAfter(max)) latest = max;
        if (earliest.isBefore(min)) earliest = min;
        return randomDate(rnd, earliest, latest);
    }

    // ------------------------------------------------------------------ enrolments, contributions, benefits

    /**
     * Enrolment ids equal resident ids (one enrolment each). Benefits follow in resident order.
     * Residents' scheme: enrolled on 2010-01-01 (or later for the young), one contribution per year;
     * the personal account earns 2.5% a year and, once retired, pays out balance/139 a month.
     * Employees' scheme (8% of pensioners, all born 1945 or later): a pension of 2000..4200 yuan, 12..22% of it
     * paid from the personal account (balance at retirement = 139 months of that part), no contribution rows.
     */
    void buildEnrolmentsAndBenefits(Random rnd) {
        List<Resident> candidates = new ArrayList<>(residents.stream()
                .filter(r -> r.id() > 3 && r.p().kind() == Kind.PENSIONER && r.p().birthDate().getYear() >= 1945).toList());
        Collections.shuffle(candidates, rnd);
        Set<Integer> employees = candidates.subList(0, EMPLOYEE_PENSIONERS).stream().map(Resident::id).collect(Collectors.toSet());

        for (Resident r : residents) {
            LocalDate birth = r.p().birthDate();
            if (employees.contains(r.id())) {
                LocalDate startedOn = birth.plusYears(60).withDayOfMonth(1).plusMonths(1);
                LocalDate earliest = max(LocalDate.of(1986, 1, 1), birth.plusYears(20));
                LocalDate enrolledOn = randomDate(rnd, earliest, startedOn.minusYears(15)).withDayOfMonth(1);
                BigDecimal total = money(2000 + rnd.nextInt(220001) / 100.0);
                BigDecimal account = total.multiply(BigDecimal.valueOf(0.12 + 0.10 * rnd.nextDouble())).setScale(2, RoundingMode.HALF_UP);
                BigDecimal atStart = account.multiply(BigDecimal.valueOf(MONTHS_DIVISOR_AT_60));
                Enrolment e = new Enrolment(r.id(), r, EMPLOYEE_SCHEME, enrolledOn,
                        drawnDown(atStart, account, startedOn), List.of());
                enrolments.add(e);
                benefits.add(new Benefit(benefits.size() + 1, r, e, startedOn, total.subtract(account), account));
            } else if (r.p().kind() == Kind.PENSIONER) {
                LocalDate sixty = birth.plusYears(60);
                LocalDate startedOn = sixty.isAfter(SCHEME_START) ? sixty.withDayOfMonth(1).plusMonths(1) : SCHEME_START;
                List<Integer> years = new ArrayList<>();
                for (int y = 2010; y < sixty.getYear(); y++) years.add(y);   // every year until 60, none if 60 in 2010
                List<Contribution> cs = contributions(rnd, r.id(), SCHEME_START, years);
                BigDecimal atStart = accumulate(cs, startedOn);
                BigDecimal account = atStart.divide(BigDecimal.valueOf(MONTHS_DIVISOR_AT_60), 2, RoundingMode.HALF_UP);
                Enrolment e = new Enrolment(r.id(), r, RESIDENT_SCHEME, SCHEME_START, drawnDown(atStart, account, startedOn), cs);
                enrolments.add(e);
                benefits.add(new Benefit(benefits.size() + 1, r, e, startedOn, RESIDENT_BASIC, account));
            } else {
                LocalDate enrolledOn;
                List<Integer> years = new ArrayList<>();
                if (r.id() == 3) {
                    // resident3: joined in 2016 after returning from work elsewhere; missed 2020: 10 years
                    enrolledOn = LocalDate.of(2016, 3, 1);
                    for (int y = 2016; y <= 2026; y++) if (y != 2020) years.add(y);
                } else {
                    enrolledOn = max(SCHEME_START, birth.plusYears(16));
                    if (rnd.nextDouble() < 0.35) enrolledOn = enrolledOn.plusDays(rnd.nextInt(8 * 365));
                    enrolledOn = min(enrolledOn, LocalDate.of(2026, 9, 30));
                    for (int y = enrolledOn.getYear(); y <= 2026; y++) {
                        if (y == enrolledOn.getYear() || rnd.nextDouble() >= 0.12) years.add(y);   // some gaps
                    }
                }
                List<Contribution> cs = contributions(rnd, r.id(), enrolledOn, years);
                enrolments.add(new Enrolment(r.id(), r, RESIDENT_SCHEME, enrolledOn,
                        accumulate(cs, BALANCE_AS_OF.plusDays(1)), cs));
            }
        }
    }

    /**
     * Contributions are collected in spring and early summer. Most people pay grade 200 or 300;
     * the 1000 grade only became common after 2016 and the 2000 grade after 2020.
     */
    static List<Contribution> contributions(Random rnd, int enrolmentId, LocalDate enrolledOn, List<Integer> years) {
        int[] grades = {200, 300, 500, 1000, 2000};
        double[] weights = {45, 33, 13, 6, 3};
        int grade = grades[weightedIndex(rnd, weights)];
        List<Contribution> out = new ArrayList<>();
        for (int y : years) {
            if (rnd.nextDouble() < 0.15) grade = grades[weightedIndex(rnd, weights)];
            int g = grade;
            if (g == 2000 && y < 2020) g = 500;
            if (g == 1000 && y < 2016) g = 500;
            LocalDate from = max(LocalDate.of(y, 3, 1), enrolledOn);
            LocalDate to = LocalDate.of(y, 7, 31);
            if (from.isAfter(to)) to = LocalDate.of(y, 12, 31);
            to = min(to, BALANCE_AS_OF);
            out.add(new Contribution(enrolmentId, y, g, SUBSIDY_BY_GRADE.get(g), randomDate(rnd, from, to)));
        }
        return out;
    }

    /** Personal-account balance just before {@code until}: credits plus 2.5% interest at each year end. */
    static BigDecimal accumulate(List<Contribution> cs, LocalDate until) {
        BigDecimal balance = BigDecimal.ZERO.setScale(2);
        if (cs.isEmpty()) return balance;
        for (int y = cs.get(0).year(); y <= until.getYear(); y++) {
            for (Contribution c : cs) {
                if (c.paidOn().getYear() == y && c.paidOn().isBefore(until)) balance = balance.add(BigDecimal.valueOf(c.amount() + c.subsidy()));
            }
            if (LocalDate.of(y, 12, 31).isBefore(until)) {
                balance = balance.multiply(BigDecimal.ONE.add(YEARLY_INTEREST)).setScale(2, RoundingMode.HALF_UP);
            }
        }
        return balance;
    }

    /** What is left in the account on BALANCE_AS_OF after the monthly account pensions paid since the start. */
    static BigDecimal drawnDown(BigDecimal atStart, BigDecimal monthlyAccount, LocalDate startedOn) {
        long months = Math.max(0, ChronoUnit.MONTHS.between(YearMonth.from(startedOn), YearMonth.from(BALANCE_AS_OF)) + 1);
        BigDecimal left = atStart.subtract(monthlyAccount.multiply(BigDecimal.valueOf(months)));
        return left.signum() < 0 ? BigDecimal.ZERO.setScale(2) : left.setScale(2, RoundingMode.HALF_UP);
    }

    // ------------------------------------------------------------------ certification

    void certify(Random rnd) {
        Benefit resident1 = benefits.get(0), resident2 = benefits.get(1);
        require(resident1.resident().id() == 1 && resident2.resident().id() == 2, "demo benefits first");
        List<Benefit> pool = new ArrayList<>(benefits.subList(2, benefits.size()));
        Collections.shuffle(pool, rnd);

        // 1. Home visits in the campaign: the bedridden and those living alone, aged 70+, then a few whose
        //    face check kept failing (80+). Reason follows the person's situation.
        List<Benefit> bedridden = take(pool, b -> b.resident().p().bedridden() && b.resident().age() >= 70, 26);
        List<Benefit> alone = take(pool, b -> b.resident().p().livesAlone() && b.resident().age() >= 70, 46 - bedridden.size());
        List<Benefit> faceFailed = take(pool, b -> b.resident().age() >= 80, HOME_VISITS - bedridden.size() - alone.size());
        List<Benefit> homeVisit = new ArrayList<>(bedridden);
        homeVisit.addAll(alone);
        homeVisit.addAll(faceFailed);

        // 2. Data comparison a year ago: overdue now (valid until 16..21 Nov) and due within 30 days.
        Predicate<Benefit> startedLastYear = b -> !b.startedOn().isAfter(LocalDate.of(2025, 11, 1));
        List<Benefit> overdue = new ArrayList<>(List.of(resident2));
        overdue.addAll(take(pool, startedLastYear, OVERDUE - 1));
        List<Benefit> due = take(pool, startedLastYear, DUE_SOON);

        // 3. The campaign: self-service needs a phone (the app) or a kiosk and is for the younger pensioners.
        List<Benefit> self = new ArrayList<>(List.of(resident1));
        self.addAll(take(pool, b -> b.resident().p().phone() != null && b.resident().age() < 80, SELF_SERVICE - 1));
        List<Benefit> assisted = take(pool, b -> pointByArea.get(b.resident().village().code()).offers("ASSISTED_CERTIFICATION"), ASSISTED);
        List<Benefit> centralized = take(pool, b -> true, CENTRALIZED);
        List<Benefit> dataComparison = new ArrayList<>(pool);   // everyone else
        require(homeVisit.size() == HOME_VISITS && self.size() == SELF_SERVICE && assisted.size() == ASSISTED
                && centralized.size() == CENTRALIZED && overdue.size() == OVERDUE && due.size() == DUE_SOON,
                "channel allocation came up short");

        Set<String> faceRefs = new HashSet<>();
        for (Benefit b : self) {
            OffsetDateTime at = b == resident1 ? OffsetDateTime.of(LocalDate.of(2026, 4, 7), LocalTime.of(10, 12, 37), CST)
                    : at(campaignDate(rnd, b.startedOn(), false), randomTime(rnd, 7 * 60, 21 * 60 + 59), rnd);
            String ref;
            do ref = "FCR-" + at.toLocalDate().toString().replace("-", "") + "-" + hex(rnd, 12); while (!faceRefs.add(ref));
            certs.add(new Cert(b, Channel.SELF_SERVICE, at, "FACE_CHECK", ref, true, null, null, null));
        }
        for (Benefit b : assisted) {
            Area v = b.resident().village();
            certs.add(new Cert(b, Channel.ASSISTED, at(campaignDate(rnd, b.startedOn(), true), officeTime(rnd), rnd),
                    "IN_PERSON", null, true, pointByArea.get(v.code()), workerByVillage.get(v.code()), null));
        }
        for (Benefit b : centralized) {
            ServicePoint centre = pointByArea.get(b.resident().village().townshipCode());
            certs.add(new Cert(b, Channel.CENTRALIZED, at(campaignDate(rnd, b.startedOn(), true), officeTime(rnd), rnd),
                    "IN_PERSON", null, true, centre, null, null));
        }
        for (Benefit b : homeVisit) {
            Visit v = doneVisit(rnd, b, bedridden.contains(b) ? "BEDRIDDEN" : alone.contains(b) ? "LIVES_ALONE" : "FACE_CHECK_FAILED");
            visits.add(v);
            certs.add(new Cert(b, Channel.HOME_VISIT, v.visitedAt(), "IN_PERSON", null, true, null, v.worker(), v));
        }
        // Data comparison runs as a nightly batch against hospital, transport and other records.
        for (Benefit b : overdue) {
            LocalDate d = b == resident2 ? LocalDate.of(2025, 11, 18) : randomDate(rnd, LocalDate.of(2025, 11, 16), LocalDate.of(2025, 11, 21));
            Cert c = dataComparison(rnd, b, d);
            certs.add(c);
            suspendedSince.put(b.id(), c.validUntil().plusDays(1));
        }
        for (Benefit b : due) certs.add(dataComparison(rnd, b, randomDate(rnd, LocalDate.of(2025, 11, 25), LocalDate.of(2025, 12, 21))));
        for (Benefit b : dataComparison) {
            certs.add(dataComparison(rnd, b, randomDate(rnd, max(LocalDate.of(2025, 12, 22), b.startedOn()), LocalDate.of(2026, 11, 10))));
        }
        certs.sort(Comparator.comparing(Cert::certifiedAt).thenComparing(c -> c.benefit().id()));

        openVisits(rnd, resident2, overdue, due);
        visits.sort(Comparator.comparing(Visit::createdAt).thenComparing(Visit::clientId));
    }

    Cert dataComparison(Random rnd, Benefit b, LocalDate d) {
        String evidence = pick(rnd, List.of("HOSPITAL_RECORD", "HOSPITAL_RECORD", "TRANSPORT_RECORD", "OTHER_RECORD"));
        OffsetDateTime at = OffsetDateTime.of(d, LocalTime.of(3, rnd.nextInt(60), rnd.nextInt(60)), CST);
        return new Cert(b, Channel.DATA_COMPARISON, at, evidence, null, false, null, null, null);
    }

    /** A home visit done during the campaign by the village's worker, GPS taken at the pensioner's home. */
    Visit doneVisit(Random rnd, Benefit b, String reason) {
        Resident r = b.resident();
        Worker w = workerByVillage.get(r.village().code());
        LocalDate day = weekday(campaignDate(rnd, b.startedOn(), false), CAMPAIGN_START, CAMPAIGN_END);
        OffsetDateTime visitedAt = OffsetDateTime.of(day, randomTime(rnd, 9 * 60, 16 * 60 + 30).withSecond(rnd.nextInt(60)), CST);
        OffsetDateTime createdAt = OffsetDateTime.of(max(CAMPAIGN_START, day.minusDays(1 + rnd.nextInt(6))), officeTime(rnd), CST);
        if (!createdAt.isBefore(visitedAt)) createdAt = visitedAt.minusHours(2);
        String requestedBy = reason.equals("LIVES_ALONE") ? (rnd.nextDouble() < 0.8 ? "WORKER" : "RELATIVE")
                : (rnd.nextDouble() < 0.6 ? "RELATIVE" : "WORKER");
        String notes = switch (reason) {
            case "BEDRIDDEN" -> "老人长期卧床，家属在场，协理员上门当面核验身份并拍照留存。";
            case "LIVES_ALONE" -> "独居老人，协理员上门当面认证，已告知下次认证时间。";
            default -> "自助人脸识别多次未通过，协理员上门当面核验身份。";
        };
        Point home = jitter(rnd, pointByArea.get(r.village().code()).location(), 0.004);
        return new Visit(uuid(rnd), r, w, reason, requestedBy, "DONE", day, "CERTIFIED", notes, visitedAt, home,
                createdAt, visitedAt.plusMinutes(3 + rnd.nextInt(40)));
    }

    /** Open visits for the worker's list: resident2 (scheduled by worker 1) and a few more overdue or due. */
    void openVisits(Random rnd, Benefit resident2, List<Benefit> overdue, List<Benefit> due) {
        List<Benefit> targets = new ArrayList<>(List.of(resident2));
        List<Benefit> o = new ArrayList<>(overdue.subList(1, overdue.size()));
        List<Benefit> d = new ArrayList<>(due);
        Collections.shuffle(o, rnd);
        Collections.shuffle(d, rnd);
        targets.addAll(o.subList(0, OPEN_VISITS_OVERDUE - 1));
        targets.addAll(d.subList(0, OPEN_VISITS_DUE));
        for (Benefit b : targets) {
            Resident r = b.resident();
            boolean isOverdue = suspendedSince.containsKey(b.id());
            String reason = r.p().bedridden() ? "BEDRIDDEN" : r.p().livesAlone() ? "LIVES_ALONE" : "CERTIFICATION_DUE";
            boolean scheduled = b == resident2 || rnd.nextBoolean();
            OffsetDateTime created = b == resident2 ? OffsetDateTime.of(LocalDate.of(2026, 11, 19), LocalTime.of(9, 42, 5), CST)
                    : OffsetDateTime.of(randomDate(rnd, LocalDate.of(2026, 11, 12), LocalDate.of(2026, 11, 21)), officeTime(rnd), CST);
            LocalDate scheduledOn = !scheduled ? null
                    : b == resident2 ? LocalDate.of(2026, 11, 24) : weekday(randomDate(rnd, LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30)), TODAY, LocalDate.of(2026, 12, 4));
            String requestedBy = b == resident2 ? "WORKER" : pick(rnd, List.of("WORKER", "RELATIVE", "RESIDENT", "ADMINISTRATOR"));
            String notes = isOverdue ? "认证已过期，待遇已暂停，需尽快上门认证。" : "认证即将到期，本人行动不便，申请上门认证。";
            visits.add(new Visit(uuid(rnd), r, workerByVillage.get(r.village().code()), reason, requestedBy,
                    scheduled ? "SCHEDULED" : "REQUESTED", scheduledOn, null, notes, null, null, created,
                    scheduled ? created.plusMinutes(20 + rnd.nextInt(150)) : created));
        }
    }

    /** Campaign days: busiest in March and April, a last rush before the 15 November deadline. */
    static LocalDate campaignDate(Random rnd, LocalDate notBefore, boolean weekdaysOnly) {
        double[] monthWeights = {22, 20, 14, 10, 7, 7, 8, 8, 4};   // March .. November
        int month = 3 + weightedIndex(rnd, monthWeights);
        LocalDate first = LocalDate.of(2026, month, 1);
        LocalDate d = randomDate(rnd, first, month == 11 ? CAMPAIGN_END : first.plusMonths(1).minusDays(1));
        LocalDate from = max(CAMPAIGN_START, notBefore);
        if (d.isBefore(from)) d = randomDate(rnd, from, CAMPAIGN_END);
        return weekdaysOnly ? weekday(d, from, CAMPAIGN_END) : d;
    }

    // ------------------------------------------------------------------ payments

    /**
     * Monthly pensions for 2025-12 .. 2026-11, paid on the 10th. Suspended benefits are not paid from the month
     * of suspension. Twenty pensioners who were suspended earlier in 2026 and certified in the campaign received
     * their 2 or 3 missed months as BACK_PAY on the 10th of the month after their certification.
     */
    void pay(Random rnd) {
        Map<Integer, Cert> certByBenefit = new HashMap<>();
        certs.forEach(c -> certByBenefit.put(c.benefit().id(), c));
        List<Cert> candidates = new ArrayList<>(certs.stream()
                .filter(c -> c.channel() == Channel.ASSISTED || c.channel() == Channel.CENTRALIZED)
                .filter(c -> c.certifiedAt().getDayOfMonth() >= 11)
                .filter(c -> c.certifiedAt().getMonthValue() >= 4 && c.certifiedAt().getMonthValue() <= 10)
                .filter(c -> c.benefit().startedOn().isBefore(LocalDate.of(2025, 6, 1)))
                .sorted(Comparator.comparing(c -> c.benefit().id())).toList());
        Collections.shuffle(candidates, rnd);
        Map<Integer, List<YearMonth>> missed = new HashMap<>();
        for (Cert c : candidates.subList(0, BACK_PAY_PENSIONERS)) {
            YearMonth certMonth = YearMonth.from(c.certifiedAt());
            int months = 2 + rnd.nextInt(2);
            List<YearMonth> ms = new ArrayList<>();
            for (int i = months - 1; i >= 0; i--) ms.add(certMonth.minusMonths(i));
            missed.put(c.benefit().id(), ms);
        }
        for (Benefit b : benefits) {
            LocalDate suspended = suspendedSince.get(b.id());
            for (YearMonth p = FIRST_PERIOD; !p.isAfter(LAST_PERIOD); p = p.plusMonths(1)) {
                if (p.isBefore(YearMonth.from(b.startedOn()))) continue;
                if (suspended != null && !p.isBefore(YearMonth.from(suspended))) continue;
                if (missed.getOrDefault(b.id(), List.of()).contains(p)) {
                    LocalDate paidOn = YearMonth.from(certByBenefit.get(b.id()).certifiedAt()).plusMonths(1).atDay(10);
                    payments.add(new Payment(b, p, b.monthly(), "BACK_PAY", paidOn));
                } else {
                    payments.add(new Payment(b, p, b.monthly(), "REGULAR", p.atDay(10)));
                }
            }
        }
        payments.sort(Comparator.comparing(Payment::paidOn).thenComparing(p -> p.benefit().id()).thenComparing(Payment::period));
    }

    // ------------------------------------------------------------------ output

    void write() throws IOException {
        Files.createDirectories(OUTPUT);
        // The day the story is told for; the loader moves it to the day the data is loaded.
        Files.writeString(OUTPUT.resolve("as-of.txt"), TODAY + "\n", StandardCharsets.UTF_8);
        Csv area = new Csv("code", "name", "level", "parent_code");
        areas.forEach(a -> area.row(a.code(), a.name(), a.level(), a.parentCode()));
        area.save("area.csv");

        Csv sp = new Csv("id", "code", "name", "area_code", "address", "phone", "opening_hours", "latitude", "longitude", "has_kiosk", "services");
        servicePoints.forEach(p -> sp.row(p.id(), p.code(), p.name(), p.area().code(), p.address(), p.phone(), p.openingHours(),
                p.location().lat(), p.location().lon(), p.hasKiosk(), "{" + String.join(",", p.services()) + "}"));
        sp.save("service_point.csv");

        Csv wk = new Csv("id", "name", "phone", "login_subject");
        Csv wa = new Csv("worker_id", "area_code");
        for (Worker w : workers) {
            wk.row(w.id(), w.name(), w.phone(), w.loginSubject());
            w.villages().forEach(v -> wa.row(w.id(), v.code()));
        }
        wk.save("worker.csv");
        wa.save("worker_area.csv");

        // The bureau's demo administrators: one for the county, one for the province.
        Csv adm = new Csv("id", "name", "area_code", "login_subject");
        adm.row(1, "县社保局演示管理员", "140723", "admin1");
        adm.row(2, "省社保局演示管理员", "14", "provinceadmin1");
        adm.save("administrator.csv");

        Csv rs = new Csv("id", "id_number", "name", "gender", "birth_date", "phone", "area_code", "address", "lives_alone", "bedridden", "deceased_on", "login_subject");
        residents.forEach(r -> rs.row(r.id(), r.p().idNumber(), r.p().name(), r.p().gender(), r.p().birthDate(), r.p().phone(),
                r.village().code(), r.p().address(), r.p().livesAlone(), r.p().bedridden(), null, r.p().loginSubject()));
        rs.save("resident.csv");

        Csv en = new Csv("id", "resident_id", "scheme", "enrolled_on", "ended_on", "account_balance", "account_balance_as_of");
        enrolments.forEach(e -> en.row(e.id(), e.resident().id(), e.scheme(), e.enrolledOn(), null, e.balance(), BALANCE_AS_OF));
        en.save("enrolment.csv");

        Csv co = new Csv("id", "enrolment_id", "year", "amount", "subsidy", "paid_on");
        List<Contribution> all = enrolments.stream().flatMap(e -> e.contributions().stream())
                .sorted(Comparator.comparing(Contribution::paidOn).thenComparing(Contribution::enrolmentId)).toList();
        int id = 0;
        for (Contribution c : all) co.row(++id, c.enrolmentId(), c.year(), money(c.amount()), money(c.subsidy()), c.paidOn());
        co.save("contribution.csv");

        Csv pb = new Csv("id", "resident_id", "enrolment_id", "scheme", "started_on", "basic_amount", "account_amount", "status", "suspended_since", "terminated_on");
        benefits.forEach(b -> pb.row(b.id(), b.resident().id(), b.enrolment().id(), b.enrolment().scheme(), b.startedOn(), b.basic(), b.account(),
                suspendedSince.containsKey(b.id()) ? "SUSPENDED" : "ACTIVE", suspendedSince.get(b.id()), null));
        pb.save("pension_benefit.csv");

        Csv cc = new Csv("id", "code", "name", "area_code", "starts_on", "ends_on");
        cc.row(1, "HS-2026", "和顺县2026年度养老保险待遇资格认证集中行动", "140723", CAMPAIGN_START, CAMPAIGN_END);
        cc.save("certification_campaign.csv");

        Csv hv = new Csv("id", "client_id", "resident_id", "worker_id", "reason", "requested_by", "status", "scheduled_on", "outcome", "notes",
                "visited_at", "latitude", "longitude", "created_at", "updated_at");
        Map<Visit, Integer> visitIds = new HashMap<>();
        for (Visit v : visits) {
            int vid = visitIds.size() + 1;
            visitIds.put(v, vid);
            hv.row(vid, v.clientId(), v.resident().id(), v.worker() == null ? null : v.worker().id(), v.reason(), v.requestedBy(), v.status(),
                    v.scheduledOn(), v.outcome(), v.notes(), v.visitedAt(), v.location() == null ? null : v.location().lat(),
                    v.location() == null ? null : v.location().lon(), v.createdAt(), v.updatedAt());
        }
        hv.save("home_visit.csv");

        Csv ce = new Csv("id", "benefit_id", "channel", "certified_at", "valid_until", "evidence_type", "evidence_ref", "campaign_id",
                "service_point_id", "worker_id", "home_visit_id");
        id = 0;
        for (Cert c : certs) {
            ce.row(++id, c.benefit().id(), c.channel().name(), c.certifiedAt(), c.validUntil(), c.evidenceType(), c.evidenceRef(),
                    c.inCampaign() ? 1 : null, c.servicePoint() == null ? null : c.servicePoint().id(),
                    c.worker() == null ? null : c.worker().id(), c.visit() == null ? null : visitIds.get(c.visit()));
        }
        ce.save("certification.csv");

        Csv pp = new Csv("id", "benefit_id", "period", "amount", "kind", "paid_on");
        id = 0;
        for (Payment p : payments) pp.row(++id, p.benefit().id(), p.period().atDay(1), p.amount(), p.kind(), p.paidOn());
        pp.save("pension_payment.csv");

        System.out.printf("wrote %d areas, %d service points, %d workers, %d residents, %d enrolments, %d contributions, "
                        + "%d benefits, %d home visits, %d certifications, %d payments to %s%n",
                areas.size(), servicePoints.size(), workers.size(), residents.size(), enrolments.size(), all.size(),
                benefits.size(), visits.size(), certs.size(), payments.size(), OUTPUT);
    }

    // ------------------------------------------------------------------ small helpers

    /** Removes and returns up to {@code n} items matching {@code test}, in pool order. */
    static <T> List<T> take(List<T> pool, Predicate<T> test, int n) {
        List<T> out = new ArrayList<>();
        for (var it = pool.iterator(); it.hasNext() && out.size() < n; ) {
            T t = it.next();
            if (test.test(t)) {
                out.add(t);
                it.remove();
            }
        }
        return out;
    }

    static int weightedIndex(Random rnd, double[] weights) {
        double total = 0;
        for (double w : weights) total += w;
        double x = rnd.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) return i;
        }
        return weights.length - 1;
    }

    static <T> T pick(Random rnd, List<T> items) { return items.get(rnd.nextInt(items.size())); }

    static LocalDate randomDate(Random rnd, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        require(days >= 0, "empty date range " + from + ".." + to);
        return from.plusDays((long) (rnd.nextDouble() * (days + 1)));
    }

    /** Moves a weekend day to the next Monday, or back to Friday if that would leave [from, to]. */
    static LocalDate weekday(LocalDate d, LocalDate from, LocalDate to) {
        LocalDate fwd = d;
        while (fwd.getDayOfWeek() == DayOfWeek.SATURDAY || fwd.getDayOfWeek() == DayOfWeek.SUNDAY) fwd = fwd.plusDays(1);
        if (!fwd.isAfter(to)) return fwd;
        LocalDate back = d;
        while (back.getDayOfWeek() == DayOfWeek.SATURDAY || back.getDayOfWeek() == DayOfWeek.SUNDAY) back = back.minusDays(1);
        return back.isBefore(from) ? d : back;
    }

    static LocalTime randomTime(Random rnd, int fromMinute, int toMinute) {
        int m = fromMinute + rnd.nextInt(toMinute - fromMinute + 1);
        return LocalTime.of(m / 60, m % 60);
    }

    /** Opening hours of a station: mornings 08:30-11:50, afternoons 14:30-17:15. */
    static LocalTime officeTime(Random rnd) {
        return rnd.nextDouble() < 0.6 ? randomTime(rnd, 8 * 60 + 30, 11 * 60 + 50) : randomTime(rnd, 14 * 60 + 30, 17 * 60 + 15);
    }

    static OffsetDateTime at(LocalDate d, LocalTime t, Random rnd) {
        return OffsetDateTime.of(d, t.withSecond(rnd.nextInt(60)), CST);
    }

    static Point jitter(Random rnd, Point p, double degrees) {
        return new Point(p.lat() + (rnd.nextDouble() * 2 - 1) * degrees, p.lon() + (rnd.nextDouble() * 2 - 1) * degrees).rounded();
    }

    /** A version-4 UUID drawn from the seeded generator, as a phone would make one. */
    static String uuid(Random rnd) {
        long msb = (rnd.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (rnd.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    static String hex(Random rnd, int digits) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits; i++) sb.append("0123456789abcdef".charAt(rnd.nextInt(16)));
        return sb.toString();
    }

    static BigDecimal money(double yuan) { return BigDecimal.valueOf(yuan).setScale(2, RoundingMode.HALF_UP); }

    static double round6(double x) { return BigDecimal.valueOf(x).setScale(6, RoundingMode.HALF_UP).doubleValue(); }

    static double clamp(double x, double lo, double hi) { return Math.max(lo, Math.min(hi, x)); }

    static LocalDate max(LocalDate a, LocalDate b) { return a.isAfter(b) ? a : b; }

    static LocalDate min(LocalDate a, LocalDate b) { return a.isBefore(b) ? a : b; }

    static void require(boolean ok, String message) {
        if (!ok) throw new IllegalStateException(message);
    }

    // ------------------------------------------------------------------ resident ID numbers

    /**
     * GB 11643 citizen identity numbers: 6-digit area code (140723), birth date YYYYMMDD, 3-digit sequence
     * (odd for men, even for women) and the ISO 7064 MOD 11-2 check character.
     */
    static final class IdNumbers {
        private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        private final Set<String> used = new HashSet<>();

        String next(Random rnd, LocalDate birth, String gender) {
            while (true) {
                int seq = 1 + rnd.nextInt(998);
                if ((seq % 2 == 1) != gender.equals("MALE")) seq++;
                String first17 = "140723" + birth.toString().replace("-", "") + String.format("%03d", seq);
                String id = first17 + checkChar(first17);
                if (used.add(id)) return id;
            }
        }

        static char checkChar(String first17) {
            int sum = 0;
            for (int i = 0; i < 17; i++) sum += (first17.charAt(i) - '0') * WEIGHTS[i];
            return "10X98765432".charAt(sum % 11);
        }
    }

    // ------------------------------------------------------------------ names

    /**
     * Chinese names: a common (north-Shanxi-flavoured) surname and one or two given-name characters whose
     * style follows the birth generation. A short list of well-known people's names is never produced.
     */
    static final class Names {
        static final String SURNAMES = "王王王李李李张张张刘刘赵赵杨杨郭郭武武梁梁白韩任贾孟田郝高乔范史冯程段侯温霍阎薛岳许马陈吕曹常申宋牛安崔";
        static final String[][] FEMALE = {
                {"秀桂玉凤翠爱巧金润月改兰素银", "英兰梅珍莲花云娥芳香枝叶仙贞"},    // born before 1960
                {"丽红春海晓美艳小彩素淑俊亚", "萍霞芳琴芬娟华平燕丽玲敏梅红"},    // 1960..1984
                {"婷静欣佳雨梦思晓诗雅可子一", "婷怡涵琪萱彤悦瑶琳雪慧颖洁"}};    // 1985 and later
        static final String[][] MALE = {
                {"福贵德永长银金保有拴根来成天万满存", "生才旺喜山林堂元明贵财宝顺柱全富"},
                {"建志卫俊文海晋立军红新利向永", "国平明华林生文斌勇伟忠民刚东峰亮"},
                {"浩子宇俊博一嘉鹏志晨家天皓", "宇轩涛杰磊鑫凯博航然阳哲辰"}};
        static final Set<String> FAMOUS = Set.of(
                "李强", "王勇", "李建国", "张军", "王军", "王晨", "刘鹤", "张国立", "陈建斌", "王志文", "赵丽颖", "刘涛",
                "张杰", "李晨", "王凯", "刘翔", "李娜", "马龙", "王宝强", "杨洋", "刘洋", "张艺兴", "李宁", "王亚平",
                "陈晓", "李一桐", "杨紫", "王一博", "刘宇", "张一山", "李宇春", "张伟", "王浩", "许海峰", "郭晶晶");

        String next(Random rnd, String gender, int birthYear) {
            int generation = birthYear < 1960 ? 0 : birthYear < 1985 ? 1 : 2;
            String[] pool = (gender.equals("FEMALE") ? FEMALE : MALE)[generation];
            while (true) {
                String name = String.valueOf(SURNAMES.charAt(rnd.nextInt(SURNAMES.length())));
                if (rnd.nextDouble() < 0.15) name += pool[1].charAt(rnd.nextInt(pool[1].length()));
                else name += "" + pool[0].charAt(rnd.nextInt(pool[0].length())) + pool[1].charAt(rnd.nextInt(pool[1].length()));
                if (!FAMOUS.contains(name)) return name;
            }
        }
    }

    // ------------------------------------------------------------------ CSV

    /** RFC 4180 CSV: UTF-8, LF line ends, quoted only when needed; null is an empty (NULL) field. */
    static final class Csv {
        private final StringBuilder sb = new StringBuilder();

        Csv(String... header) { row((Object[]) header); }

        void row(Object... fields) {
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) sb.append(',');
                sb.append(format(fields[i]));
            }
            sb.append('\n');
        }

        static String format(Object o) {
            if (o == null) return "";
            String s;
            if (o instanceof Double d) s = BigDecimal.valueOf(d).setScale(6, RoundingMode.HALF_UP).toPlainString();
            else if (o instanceof BigDecimal b) s = b.setScale(2, RoundingMode.HALF_UP).toPlainString();
            else if (o instanceof OffsetDateTime t) s = t.format(TIMESTAMP);
            else s = o.toString();
            if (s.isEmpty()) return "\"\"";
            if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) s = '"' + s.replace("\"", "\"\"") + '"';
            return s;
        }

        void save(String file) throws IOException {
            Files.writeString(OUTPUT.resolve(file), sb.toString(), StandardCharsets.UTF_8);
        }

        /** Reads an RFC 4180 file into rows of fields (the header is row 0). */
        static List<String[]> read(Path path) throws IOException {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            List<String[]> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') { field.append('"'); i++; }
                    else if (c == '"') quoted = false;
                    else field.append(c);
                } else if (c == '"') quoted = true;
                else if (c == ',') { row.add(field.toString()); field.setLength(0); }
                else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row.toArray(new String[0]));
                    row = new ArrayList<>();
                } else field.append(c);
            }
            if (field.length() > 0 || !row.isEmpty()) { row.add(field.toString()); rows.add(row.toArray(new String[0])); }
            return rows;
        }
    }

    // ------------------------------------------------------------------ --check

    /** Re-reads seeds/data and verifies the figures and the integrity the schema and the tests rely on. */
    static final class Check {
        final List<String> failures = new ArrayList<>();
        int checks;

        static void run() throws IOException {
            Check c = new Check();
            c.verify();
            for (String f : c.failures) System.out.println("FAIL: " + f);
            System.out.printf("%d passed, %d failed%n", c.checks - c.failures.size(), c.failures.size());
            if (!c.failures.isEmpty()) System.exit(1);
        }

        void expect(boolean ok, String what) {
            checks++;
            if (!ok) failures.add(what);
        }

        static List<Map<String, String>> table(String file) throws IOException {
            List<String[]> rows = Csv.read(OUTPUT.resolve(file));
            String[] header = rows.get(0);
            List<Map<String, String>> out = new ArrayList<>();
            for (String[] r : rows.subList(1, rows.size())) {
                if (r.length != header.length) throw new IllegalStateException(file + ": row with " + r.length + " fields");
                Map<String, String> m = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) m.put(header[i], r[i]);
                out.add(m);
            }
            return out;
        }

        static Map<String, Map<String, String>> byKey(List<Map<String, String>> rows, String key) {
            Map<String, Map<String, String>> m = new LinkedHashMap<>();
            rows.forEach(r -> m.put(r.get(key), r));
            return m;
        }

        void idsAreOneToN(String file, List<Map<String, String>> rows) {
            boolean ok = true;
            for (int i = 0; i < rows.size(); i++) ok &= rows.get(i).get("id").equals(String.valueOf(i + 1));
            expect(ok, file + ": ids are 1.." + rows.size());
        }

        void fk(String what, List<Map<String, String>> rows, String column, Map<String, ?> target, boolean nullable) {
            long bad = rows.stream().filter(r -> r.get(column).isEmpty() ? !nullable : !target.containsKey(r.get(column))).count();
            expect(bad == 0, what + ": " + bad + " unresolved " + column);
        }

        static long count(List<Map<String, String>> rows, Predicate<Map<String, String>> p) {
            return rows.stream().filter(p).count();
        }

        void verify() throws IOException {
            var area = table("area.csv");
            var sp = table("service_point.csv");
            var worker = table("worker.csv");
            var wa = table("worker_area.csv");
            var admin = table("administrator.csv");
            var resident = table("resident.csv");
            var enrolment = table("enrolment.csv");
            var contribution = table("contribution.csv");
            var benefit = table("pension_benefit.csv");
            var campaign = table("certification_campaign.csv");
            var visit = table("home_visit.csv");
            var cert = table("certification.csv");
            var payment = table("pension_payment.csv");

            // areas
            Set<String> seen = new HashSet<>();
            boolean parentFirst = true;
            for (var a : area) {
                parentFirst &= a.get("parent_code").isEmpty() || seen.contains(a.get("parent_code"));
                parentFirst &= a.get("parent_code").isEmpty() == a.get("level").equals("PROVINCE");
                parentFirst &= a.get("parent_code").isEmpty() || a.get("code").startsWith(a.get("parent_code"));
                seen.add(a.get("code"));
            }
            expect(parentFirst, "area: every parent precedes its child and is a code prefix");
            expect(count(area, a -> a.get("level").equals("TOWNSHIP")) == 9, "area: 9 townships");
            expect(count(area, a -> a.get("level").equals("VILLAGE")) == 183, "area: 183 villages");
            var areaByCode = byKey(area, "code");
            Set<String> villageCodes = area.stream().filter(a -> a.get("level").equals("VILLAGE")).map(a -> a.get("code")).collect(Collectors.toSet());

            // service points
            idsAreOneToN("service_point", sp);
            expect(sp.size() == 192, "service_point: 192 rows");
            fk("service_point", sp, "area_code", areaByCode, false);
            expect(sp.stream().map(p -> p.get("area_code")).distinct().count() == 192, "service_point: one per area");
            expect(count(sp, p -> !p.get("services").contains("PENSION_ENQUIRY")) == 0, "service_point: all offer PENSION_ENQUIRY");
            expect(count(sp, p -> p.get("has_kiosk").equals("true") && !p.get("services").contains("PENSION_CERTIFICATION")) == 0,
                    "service_point: kiosks offer PENSION_CERTIFICATION");
            expect(count(sp, p -> p.get("area_code").length() == 9 && !(p.get("has_kiosk").equals("true")
                    && p.get("services").equals("{" + String.join(",", ALL_SERVICES) + "}"))) == 0, "service_point: centres have kiosk and all services");
            var spById = byKey(sp, "id");
            Map<String, String> pointOfArea = new HashMap<>();
            sp.forEach(p -> pointOfArea.put(p.get("area_code"), p.get("id")));

            // workers
            idsAreOneToN("worker", worker);
            var workerById = byKey(worker, "id");
            fk("worker_area", wa, "worker_id", workerById, false);
            fk("worker_area", wa, "area_code", areaByCode, false);
            Map<String, List<String>> villagesOfWorker = new TreeMap<>();
            Map<String, String> workerOfVillage = new HashMap<>();
            wa.forEach(r -> {
                villagesOfWorker.computeIfAbsent(r.get("worker_id"), k -> new ArrayList<>()).add(r.get("area_code"));
                workerOfVillage.merge(r.get("area_code"), r.get("worker_id"), (x, y) -> "DUPLICATE");
            });
            expect(workerOfVillage.keySet().equals(villageCodes) && !workerOfVillage.containsValue("DUPLICATE"), "worker_area: every village has exactly one worker");
            expect(villagesOfWorker.size() == worker.size() && villagesOfWorker.values().stream().allMatch(vs -> vs.size() >= 3 && vs.size() <= 5
                    && vs.stream().map(v -> v.substring(0, 9)).distinct().count() == 1), "worker_area: each worker has 3..5 villages of one township");
            expect(worker.get(0).get("login_subject").equals("worker1") && count(worker, w -> !w.get("login_subject").isEmpty()) == 1, "worker: only worker 1 logs in");

            // administrators
            idsAreOneToN("administrator", admin);
            fk("administrator", admin, "area_code", areaByCode, false);
            expect(admin.size() == 2 && admin.get(0).get("login_subject").equals("admin1") && admin.get(0).get("area_code").equals("140723")
                    && admin.get(1).get("login_subject").equals("provinceadmin1") && admin.get(1).get("area_code").equals("14"),
                    "administrator: admin1 for the county, provinceadmin1 for the province");

            // residents
            idsAreOneToN("resident", resident);
            var residentById = byKey(resident, "id");
            boolean idsValid = true;
            Set<String> idNumbers = new HashSet<>();
            for (var r : resident) {
                String n = r.get("id_number");
                idsValid &= n.matches("140723\\d{11}[0-9X]") && n.charAt(17) == IdNumbers.checkChar(n.substring(0, 17));
                idsValid &= n.substring(6, 14).equals(r.get("birth_date").replace("-", ""));
                idsValid &= ((n.charAt(16) - '0') % 2 == 1) == r.get("gender").equals("MALE");
                idsValid &= villageCodes.contains(r.get("area_code"));
                idNumbers.add(n);
            }
            expect(idsValid, "resident: id numbers valid (check char, birth date, gender parity), living in a village");
            expect(idNumbers.size() == resident.size(), "resident: id numbers unique");
            for (String login : List.of("resident1", "resident2", "resident3"))
                expect(count(resident, r -> r.get("login_subject").equals(login)) == 1, "resident: login " + login);

            // enrolments and contributions
            idsAreOneToN("enrolment", enrolment);
            fk("enrolment", enrolment, "resident_id", residentById, false);
            var enrolmentById = byKey(enrolment, "id");
            expect(enrolment.stream().map(e -> e.get("resident_id") + e.get("scheme")).distinct().count() == enrolment.size(), "enrolment: unique (resident, scheme)");
            idsAreOneToN("contribution", contribution);
            fk("contribution", contribution, "enrolment_id", enrolmentById, false);
            expect(contribution.stream().map(c -> c.get("enrolment_id") + "/" + c.get("year")).distinct().count() == contribution.size(), "contribution: unique (enrolment, year)");
            expect(count(contribution, c -> !SUBSIDY_BY_GRADE.containsKey((int) Double.parseDouble(c.get("amount")))
                    || !c.get("paid_on").startsWith(c.get("year"))
                    || c.get("paid_on").compareTo(enrolmentById.get(c.get("enrolment_id")).get("enrolled_on")) < 0) == 0,
                    "contribution: graded amounts, paid in the year, after enrolment");

            // benefits
            idsAreOneToN("pension_benefit", benefit);
            fk("pension_benefit", benefit, "resident_id", residentById, false);
            fk("pension_benefit", benefit, "enrolment_id", enrolmentById, false);
            expect(count(benefit, b -> !enrolmentById.get(b.get("enrolment_id")).get("resident_id").equals(b.get("resident_id"))) == 0,
                    "pension_benefit: enrolment belongs to the resident");
            expect(count(benefit, b -> b.get("status").equals("SUSPENDED") == b.get("suspended_since").isEmpty()) == 0, "pension_benefit: suspended iff suspended_since");
            expect(count(benefit, b -> Period.between(LocalDate.parse(residentById.get(b.get("resident_id")).get("birth_date")), TODAY).getYears() < 60) == 0,
                    "pension_benefit: pensioners are 60+");
            var benefitById = byKey(benefit, "id");

            // campaign, visits, certifications
            expect(campaign.size() == 1 && campaign.get(0).get("code").equals("HS-2026"), "certification_campaign: HS-2026");
            idsAreOneToN("home_visit", visit);
            fk("home_visit", visit, "resident_id", residentById, false);
            fk("home_visit", visit, "worker_id", workerById, true);
            var visitById = byKey(visit, "id");
            expect(visit.stream().map(v -> UUID.fromString(v.get("client_id"))).distinct().count() == visit.size(), "home_visit: client ids unique UUIDs");
            expect(count(visit, v -> v.get("status").equals("DONE") && v.get("outcome").equals("CERTIFIED")) == 53, "home_visit: 53 DONE and CERTIFIED");
            expect(count(visit, v -> v.get("status").equals("DONE") != !v.get("outcome").isEmpty()) == 0, "home_visit: DONE iff outcome");
            expect(count(visit, v -> !v.get("worker_id").isEmpty() && !workerOfVillage.get(residentById.get(v.get("resident_id")).get("area_code")).equals(v.get("worker_id"))) == 0,
                    "home_visit: worker is the village's worker");

            idsAreOneToN("certification", cert);
            fk("certification", cert, "benefit_id", benefitById, false);
            fk("certification", cert, "service_point_id", spById, true);
            fk("certification", cert, "worker_id", workerById, true);
            fk("certification", cert, "home_visit_id", visitById, true);
            expect(cert.stream().map(c -> c.get("benefit_id")).distinct().count() == benefit.size() && cert.size() == benefit.size(),
                    "certification: exactly one per pensioner");
            var inCampaign = cert.stream().filter(c -> c.get("campaign_id").equals("1")).toList();
            expect(inCampaign.size() == 3008, "certification: 3008 in campaign 1 (got " + inCampaign.size() + ")");
            for (var e : Map.of("SELF_SERVICE", 1331, "ASSISTED", 414, "CENTRALIZED", 1210, "HOME_VISIT", 53).entrySet()) {
                long n = count(inCampaign, c -> c.get("channel").equals(e.getKey()));
                expect(n == e.getValue(), "certification: " + e.getValue() + " " + e.getKey() + " (got " + n + ")");
            }
            expect(count(cert, c -> c.get("campaign_id").isEmpty() != c.get("channel").equals("DATA_COMPARISON")) == 0, "certification: data comparison outside the campaign");
            expect(count(inCampaign, c -> { LocalDate d = OffsetDateTime.parse(c.get("certified_at")).toLocalDate();
                    return d.isBefore(CAMPAIGN_START) || d.isAfter(CAMPAIGN_END); }) == 0, "certification: campaign dates within the campaign");
            expect(count(cert, c -> !LocalDate.parse(c.get("valid_until")).equals(OffsetDateTime.parse(c.get("certified_at")).toLocalDate().plusMonths(12))) == 0,
                    "certification: valid 12 months (so valid_until > certified_at)");
            expect(count(cert, c -> OffsetDateTime.parse(c.get("certified_at")).toLocalDate()
                    .isBefore(LocalDate.parse(benefitById.get(c.get("benefit_id")).get("started_on")))) == 0, "certification: not before the benefit started");
            expect(count(cert, c -> c.get("channel").equals("SELF_SERVICE") && !c.get("evidence_type").equals("FACE_CHECK")) == 0, "certification: self-service by face check");
            expect(cert.stream().filter(c -> c.get("channel").equals("SELF_SERVICE")).map(c -> c.get("evidence_ref")).filter(s -> !s.isEmpty()).distinct().count() == 1331,
                    "certification: unique face-check result ids");
            expect(count(cert, c -> c.get("channel").equals("ASSISTED") && !(c.get("service_point_id").equals(pointOfArea.get(residentById.get(benefitById.get(c.get("benefit_id")).get("resident_id")).get("area_code")))
                    && !c.get("worker_id").isEmpty())) == 0, "certification: assisted at the village's point with a worker");
            expect(count(cert, c -> c.get("channel").equals("CENTRALIZED") && c.get("service_point_id").isEmpty()) == 0, "certification: centralized at a point");
            expect(count(cert, c -> c.get("channel").equals("HOME_VISIT") && !(visitById.containsKey(c.get("home_visit_id"))
                    && visitById.get(c.get("home_visit_id")).get("status").equals("DONE")
                    && OffsetDateTime.parse(visitById.get(c.get("home_visit_id")).get("visited_at")).isEqual(OffsetDateTime.parse(c.get("certified_at")))
                    && visitById.get(c.get("home_visit_id")).get("resident_id").equals(benefitById.get(c.get("benefit_id")).get("resident_id"))
                    && visitById.get(c.get("home_visit_id")).get("worker_id").equals(c.get("worker_id")))) == 0,
                    "certification: home visits match their DONE visit");
            expect(cert.stream().map(c -> c.get("home_visit_id")).filter(s -> !s.isEmpty()).distinct().count() == 53, "certification: 53 distinct home visits");

            var overdue = cert.stream().filter(c -> LocalDate.parse(c.get("valid_until")).isBefore(TODAY)).toList();
            expect(overdue.size() == 40, "certification: 40 overdue (got " + overdue.size() + ")");
            expect(overdue.stream().allMatch(c -> { var b = benefitById.get(c.get("benefit_id"));
                    return b.get("status").equals("SUSPENDED") && b.get("suspended_since").equals(LocalDate.parse(c.get("valid_until")).plusDays(1).toString())
                            && c.get("valid_until").compareTo("2026-11-16") >= 0; }), "pension_benefit: overdue ones suspended the day after");
            expect(count(benefit, b -> b.get("status").equals("SUSPENDED")) == 40, "pension_benefit: 40 suspended");
            long dueSoon = count(cert, c -> { LocalDate v = LocalDate.parse(c.get("valid_until")); return !v.isBefore(TODAY.plusDays(1)) && !v.isAfter(TODAY.plusDays(29)); });
            expect(dueSoon >= 100 && dueSoon <= 200, "certification: ~150 due within 30 days (got " + dueSoon + ")");
            long openVisits = count(visit, v -> v.get("status").equals("REQUESTED") || v.get("status").equals("SCHEDULED"));
            expect(openVisits >= 5 && openVisits <= 15, "home_visit: about 10 open visits (got " + openVisits + ")");

            // payments
            idsAreOneToN("pension_payment", payment);
            fk("pension_payment", payment, "benefit_id", benefitById, false);
            expect(payment.stream().map(p -> p.get("benefit_id") + "/" + p.get("period")).distinct().count() == payment.size(), "pension_payment: unique (benefit, period)");
            expect(count(payment, p -> { var b = benefitById.get(p.get("benefit_id"));
                    return !b.get("suspended_since").isEmpty() && p.get("period").compareTo(b.get("suspended_since").substring(0, 7) + "-01") >= 0; }) == 0,
                    "pension_payment: nothing paid for suspended months");
            expect(count(payment, p -> { var b = benefitById.get(p.get("benefit_id"));
                    return new BigDecimal(p.get("amount")).compareTo(new BigDecimal(b.get("basic_amount")).add(new BigDecimal(b.get("account_amount")))) != 0
                            || !p.get("period").endsWith("-01") || p.get("period").compareTo(b.get("started_on")) < 0; }) == 0,
                    "pension_payment: amount = basic + account, first-of-month periods after the start");
            long backPaid = payment.stream().filter(p -> p.get("kind").equals("BACK_PAY")).map(p -> p.get("benefit_id")).distinct().count();
            expect(backPaid == 20, "pension_payment: 20 pensioners with BACK_PAY (got " + backPaid + ")");

            // demo logins
            var r1 = resident.stream().filter(r -> r.get("login_subject").equals("resident1")).findFirst().orElseThrow();
            var r2 = resident.stream().filter(r -> r.get("login_subject").equals("resident2")).findFirst().orElseThrow();
            var r3 = resident.stream().filter(r -> r.get("login_subject").equals("resident3")).findFirst().orElseThrow();
            var worker1Villages = villagesOfWorker.get("1");
            var b1 = benefit.stream().filter(b -> b.get("resident_id").equals(r1.get("id"))).findFirst().orElseThrow();
            var c1 = cert.stream().filter(c -> c.get("benefit_id").equals(b1.get("id"))).findFirst().orElseThrow();
            expect(b1.get("status").equals("ACTIVE") && b1.get("scheme").equals(RESIDENT_SCHEME) && c1.get("channel").equals("SELF_SERVICE")
                    && count(contribution, c -> c.get("enrolment_id").equals(b1.get("enrolment_id"))) > 0
                    && worker1Villages.contains(r1.get("area_code"))
                    && spById.get(pointOfArea.get(r1.get("area_code"))).get("has_kiosk").equals("true"), "demo: resident1");
            var b2 = benefit.stream().filter(b -> b.get("resident_id").equals(r2.get("id"))).findFirst().orElseThrow();
            expect(b2.get("status").equals("SUSPENDED") && worker1Villages.contains(r2.get("area_code")), "demo: resident2 overdue in worker 1's area");
            int age3 = Period.between(LocalDate.parse(r3.get("birth_date")), TODAY).getYears();
            var e3 = enrolment.stream().filter(e -> e.get("resident_id").equals(r3.get("id"))).findFirst().orElseThrow();
            expect(age3 >= 50 && age3 <= 59 && worker1Villages.contains(r3.get("area_code")) && count(benefit, b -> b.get("resident_id").equals(r3.get("id"))) == 0
                    && count(contribution, c -> c.get("enrolment_id").equals(e3.get("id"))) == 10, "demo: resident3 contributor 50..59 with 10 years");
        }
    }
}
