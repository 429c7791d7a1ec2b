package io.h2hdse.sweep;

import io.h2hdse.cost.LayerCostModel;
import io.h2hdse.cost.fpga.FpgaTileCostModel;
import io.h2hdse.cost.table.CostTableModel;
import io.h2hdse.eval.Problem;
import io.h2hdse.input.InvalidInputException;
import io.h2hdse.system.FpgaTileSpec;
import io.h2hdse.system.MaestroSpec;
import io.h2hdse.system.TableSpec;
import io.h2hdse.system.yaml.SystemFile;
import io.h2hdse.workload.Workload;

/**
 * Picks each accelerator's cost model from its cost spec. Stands in until the shared dispatcher
 * ({@code io.h2hdse.cost.CostModels}) is on main; MAESTRO accelerators are refused until then.
 */
public final class CostModelChoice {
    private CostModelChoice() {
    }

    public static Problem compile(Workload workload, SystemFile file) {
        return Problem.compile(workload, file.system(), forSystem(file));
    }

    private static LayerCostModel forSystem(SystemFile file) {
        LayerCostModel fpga = new FpgaTileCostModel();
        CostTableModel table = file.costTableCsv().map(CostTableModel::read).orElse(null);
        return (workload, layer, acc) -> switch (acc.cost()) {
            case FpgaTileSpec f -> fpga.cost(workload, layer, acc);
            case TableSpec t -> {
                if (table == null) {
                    throw new InvalidInputException(file.system().name() + ": cost_table_csv",
                            "accelerator " + acc.name() + " has cost model table but the system names no cost table");
                }
                yield table.cost(workload, layer, acc);
            }
            case MaestroSpec m -> throw new InvalidInputException(file.system().name() + ": accelerators." + acc.name() + ".cost",
                    "the MAESTRO cost model is not available in this build yet");
        };
    }
}
