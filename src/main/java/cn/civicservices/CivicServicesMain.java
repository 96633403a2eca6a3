package cn.civicservices;

import jakarta.inject.Inject;

import cn.civicservices.resident.PiiRekey;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Runs the API, or, given a command, the command against the same configuration and database:
 * <ul>
 * <li>no argument: the server, until it is stopped;</li>
 * <li>{@code pii-rekey [batch size]}: moves stored ID numbers of older key versions to the current one
 * ({@link PiiRekey}); exits 0 when no row is left under another version.</li>
 * </ul>
 */
@QuarkusMain
public class CivicServicesMain implements QuarkusApplication {

    static final String USAGE = "Usage: java -jar quarkus-run.jar [pii-rekey [batch size, default 200]]";

    @Inject
    PiiRekey rekey;

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        if ("pii-rekey".equals(args[0]) && args.length <= 2) {
            int batchSize;
            try {
                batchSize = args.length == 2 ? Integer.parseInt(args[1]) : 200;
            } catch (NumberFormatException e) {
                batchSize = 0;
            }
            if (batchSize < 1) {
                System.err.println(USAGE);
                return 2;
            }
            PiiRekey.Report report = rekey.rekey(batchSize);
            System.out.println(report);
            return report.remaining() == 0 ? 0 : 1;
        }
        System.err.println(USAGE);
        return 2;
    }
}
