# Embeds profiles/*.json as C++ raw strings: {"name", R"(...)"}, one per line,
# for src/genres/profile.cpp. Run by the build (cmake -P); do not edit the output.
file(GLOB files ${DIR}/*.json)
list(SORT files)
set(content "// Generated from profiles/*.json by cmake/embed_profiles.cmake: do not edit.\n")
foreach(f IN LISTS files)
  get_filename_component(name ${f} NAME_WE)
  file(READ ${f} text)
  string(APPEND content "{\"${name}\", R\"allegato_profile(${text})allegato_profile\"},\n")
endforeach()
file(WRITE ${OUT}.tmp "${content}")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
