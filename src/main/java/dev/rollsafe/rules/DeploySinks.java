package dev.rollsafe.rules;

/** Where a deployment rule reports: a sink at a line of a deployment file (paths as {@code Step.path()} gives them). */
public interface DeploySinks {

    FindingSink at(String path, int line);
}
