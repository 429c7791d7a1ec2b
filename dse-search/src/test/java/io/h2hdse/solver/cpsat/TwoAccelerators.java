package io.h2hdse.solver.cpsat;

import io.h2hdse.system.Accelerator;
import io.h2hdse.system.ExecutionOptions;
import io.h2hdse.system.Interconnect;
import io.h2hdse.system.Link;
import io.h2hdse.system.SystemSpec;
import io.h2hdse.system.TableSpec;
import io.h2hdse.workload.OpKind;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The system of the hand-computed two-accelerator cases: acc0 and acc1 run every op kind, hold 1e6 bytes of
 * weights, and each reaches the host over {@code host} and the other over {@code direct}; default execution
 * options. The layers' times come from each case's cost function.
 */
final class TwoAccelerators {
    private TwoAccelerators() {}

    static SystemSpec system(Link host, Link direct) {
        return new SystemSpec(
                "two",
                List.of(accelerator("acc0"), accelerator("acc1")),
                new Interconnect(
                        Map.of("acc0", host, "acc1", host),
                        List.of(new Interconnect.PairLink("acc0", "acc1", direct)),
                        0),
                ExecutionOptions.defaults());
    }

    private static Accelerator accelerator(String name) {
        return new Accelerator(name, EnumSet.allOf(OpKind.class), new TableSpec(), 1e6, 1, 0, 1);
    }
}
