// A browser page's module importing the installed package by its name.
import 'aivd-mission';
