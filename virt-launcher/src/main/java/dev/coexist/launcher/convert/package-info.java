/**
 * The VMI to libvirt domain converter: a pure function of a {@link
 * dev.coexist.crds.kubevirt.v1.VirtualMachineInstance} and a {@link
 * dev.coexist.launcher.convert.ConverterContext} of host facts, split into one {@link
 * dev.coexist.launcher.convert.DomainConfigurator} per concern (the KubeVirt converter's shape).
 * Nothing here does I/O; problems are collected and thrown together as a {@link
 * dev.coexist.launcher.convert.ConversionException}.
 */
package dev.coexist.launcher.convert;
