package dev.rollsafe.report;

import dev.rollsafe.engine.CheckResult;
import java.io.PrintWriter;

/** Writes a check result in one format. Reports never print to anything but the writer they are given. */
public interface Report {

    void write(CheckResult result, PrintWriter out);
}
