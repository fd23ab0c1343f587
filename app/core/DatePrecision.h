#ifndef DATEPRECISION_H
#define DATEPRECISION_H

// How exact a date in the dataset is. With Month or Year the date is the first day of that month
// or year, and the event lies somewhere in it.
enum class DatePrecision { Day, Month, Year };

#endif // DATEPRECISION_H
