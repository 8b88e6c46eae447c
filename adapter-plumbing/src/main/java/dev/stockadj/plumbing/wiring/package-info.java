/**
 * How the application wires a vendor without knowing it: each adapter module offers one {@link
 * dev.stockadj.plumbing.wiring.VendorWiring} (its settings read by key, its sandbox defaults, its adapter built,
 * its emulator started), and the application binds every wiring of one list. Vendor-neutral, and free of Guice,
 * picocli and the application: {@code ArchitectureTest} holds that.
 */
package dev.stockadj.plumbing.wiring;
