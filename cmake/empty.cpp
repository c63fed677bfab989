// Nothing: the module under test is linked in whole (see core/CMakeLists.txt).
