import { describe, expect, it } from "vitest";
import { flagged, pii, rules } from "./pii-helpers.ts";

const patients = (text: string) => flagged(text, "pii.patient_identity");

describe("pii.patient_identity: named patients", () => {
  it("flags a child's name with an age and 'treated', covering the name", () => {
    expect(patients("Here's Sam Patel, 7, who was treated on our children's ward for a broken arm!")).toEqual(["Sam Patel"]);
  });

  it("flags a named person home after an operation", () => {
    expect(patients("Best wishes to Mr Arthur Long of 3 Mill Lane, Durham DH1 4AB, home after his operation")).toEqual(["Mr Arthur Long"]);
  });

  it("flags a name on a numbered ward, in a bed or a bay", () => {
    expect(patients("Get well soon to Mrs Joan Smith on Ward 7!")).toEqual(["Mrs Joan Smith"]);
    expect(patients("Margaret in bed 12 is celebrating her 100th birthday today!")).toEqual(["Margaret"]);
    expect(rules("Big shout out to Bob Turner in Bay 3 who turned 100 today!", "pii.patient_identity")).toEqual(["pii.patient-identity.named-on-ward"]);
  });

  it("flags admitted, discharged, diagnosed, recovering and receiving chemotherapy", () => {
    expect(patients("A patient called Peter Hall was discharged this morning.")).toEqual(["Peter Hall"]);
    expect(patients("Meet Dave Richards, who was diagnosed with prostate cancer last year.")).toEqual(["Dave Richards"]);
    expect(patients("Priya Sharma is receiving chemotherapy at our cancer centre.")).toEqual(["Priya Sharma"]);
    expect(patients("Please welcome back John McDonald who is recovering from a stroke on our rehab ward.")).toEqual(["John McDonald"]);
    expect(patients("Ring the ward for news of Gladys Wood, who was admitted yesterday.")).toEqual(["Gladys Wood"]);
  });

  it("flags 'patient' and 'service user' labels next to a name", () => {
    expect(patients("Patient John Smith transferred to ICU overnight.")).toEqual(["John Smith"]);
    expect(patients("Tomasz Nowak, a service user at our mental health unit, shares his story.")).toEqual(["Tomasz Nowak"]);
    expect(patients("Our stroke survivor Ken Hughes is now back on his feet.")).toEqual(["Ken Hughes"]);
  });

  it("flags handover-style notes, A&E visits, conditions and identifiers beside a name", () => {
    expect(patients("Bed 6: John Smith, 78, chest pain, for discharge tomorrow.")).toEqual(["John Smith"]);
    expect(patients("Frank Lowe was seen in A&E last night after a fall.")).toEqual(["Frank Lowe"]);
    expect(patients("Little Amy Cole, 3, who has leukaemia, rang the end of treatment bell today.")).toEqual(["Amy Cole"]);
    expect(patients("Mrs Jean Cole is in a stable condition.")).toEqual(["Mrs Jean Cole"]);
    expect(patients("Patient NHS number 401 023 2137 (John Smith) needs a porter.")).toEqual(["John Smith"]);
    expect(patients("Jim Brown is doing well after surgery.")).toEqual(["Jim Brown"]);
    expect(patients("Jane Smith talks about living with diabetes in our new video.")).toEqual(["Jane Smith"]);
  });

  it("flags expectant mothers and care-home residents", () => {
    expect(patients("Mum-to-be Sarah Khan is expecting twins in May.")).toEqual(["Sarah Khan"]);
    expect(patients("Betty Hall, a resident at Oakwood care home, turns 105 today.")).toEqual(["Betty Hall"]);
  });

  it("flags the person a clinician treated", () => {
    expect(patients("Huge thanks to the team who treated Jim Brown after his accident.")).toEqual(["Jim Brown"]);
    expect(patients("Dr Patel treated Mr Jones in A&E.")).toEqual(["Mr Jones"]);
  });

  it("flags a newborn and the mother", () => {
    expect(patients("Congratulations to Emma Jones who gave birth to baby Leo at our maternity unit.")).toEqual(["Emma Jones", "baby Leo"]);
  });

  it("follows 'he' or 'she' back to the name in the sentence before", () => {
    expect(patients("Meet Jack. He was admitted last week with sepsis and is now home.")).toEqual(["Jack"]);
  });

  it("flags staff who are themselves in care", () => {
    expect(patients("Healthcare assistant Jane Smith was admitted with pneumonia last night.")).toEqual(["Jane Smith"]);
    expect(patients("Retired GP Dr Alan Hart, 81, is on our stroke unit after a fall.")).toEqual(["Dr Alan Hart"]);
  });

  it("does not flag named staff, officials, speakers or volunteers", () => {
    for (const text of [
      "Thank you Dr Sarah Lewis, our Chief Nurse, for opening the new wellbeing hub.",
      "Meet Dr Amir Khan, our new consultant cardiologist, who has treated patients in Leeds for 20 years.",
      'Jane Smith, ward manager on Ward 4, said: "Our patients admitted this winter have been amazing."',
      "Our Chief Executive, Sir Jim Mackey, said the number of patients admitted fell this year.",
      "Volunteer Doris Kemp has helped patients on ward 23 for 15 years.",
      "Meet Priya Sharma, one of our physiotherapists, who helps patients recover after surgery.",
      "The Rt Hon Wes Streeting MP visited patients on our stroke unit.",
      "Healthcare assistant Gary Moss cares for patients on ward 4 every night.",
      "Congratulations to Jane Smith on her retirement after 30 years on Ward 4.",
      "Dr Patel on the stroke unit says time is brain.",
      "Sister Helen Brown retires this month after 40 years caring for patients on ward 9.",
      "Jane Smith on Ward 4 has won an award.",
      "Dr Patel, our cancer research lead, talks about new trials.",
      "Jane Smith from our diabetes team shares tips on healthy eating.",
      "Lucy, our stroke nurse, urges everyone to learn FAST.",
      "Olympic champion Kelly Holmes talks about living with depression in our new podcast.",
    ]) {
      expect(patients(text)).toEqual([]);
    }
  });

  it("does not flag places named after people, or 'patient' as an adjective", () => {
    for (const text of [
      "Florence Nightingale Ward has reopened after refurbishment.",
      "The Sir Bobby Robson Cancer Trials Research Centre treated 400 patients last year.",
      "Our Queen Elizabeth Hospital emergency department is very busy today.",
      "Thank you Claire, you were so patient with everyone on the ward today.",
      "Jane stayed late to make sure every patient got home safely. Thank you Jane!",
      "Find out how Jane Smith used patient feedback to improve our outpatient services.",
    ]) {
      expect(patients(text)).toEqual([]);
    }
  });

  it("does not flag a named person when the care cue belongs to other people", () => {
    for (const text of [
      "Jane Smith and the team discharged 40 patients before Christmas.",
      "Lewis Hamilton sent a video message to patients on the children's ward.",
      "Meet Rosie, our therapy dog, who visits patients on Ward 12 every Friday!",
    ]) {
      expect(patients(text)).toEqual([]);
    }
  });

  it("does not flag unnamed patients", () => {
    expect(patients("The 84-year-old man in bed 12 on ward 4 was discharged today.")).toEqual([]);
  });

  it("points at the name after emoji and right-to-left text", () => {
    const text = "💙 مرحبا Brave little Oscar Green, 4, had his tonsils out with us today 💙";
    const [f] = pii(text).filter((x) => x.category === "pii.patient_identity");
    expect(text.slice(f!.start, f!.end)).toBe("Oscar Green");
  });
});

describe("pii.patient_identity: more ways of naming someone in care", () => {
  it("flags a child named with an age and a diagnosis or a discharge", () => {
    expect(patients("This is Amira, 6, who was diagnosed with type 1 diabetes in March.")).toEqual(["Amira"]);
    expect(patients("Just discharged: Callum, 19, after his motorbike crash.")).toEqual(["Callum"]);
    expect(patients("Jaxon, aged 9, was discharged this morning after surgery.")).toEqual(["Jaxon"]);
    expect(patients("Freddie, 8, shows off his new cast after breaking his arm.")).toEqual(["Freddie"]);
  });

  it("flags a name after 'Patient' or a role abbreviation in the same run of capitals", () => {
    expect(patients("Patient Elsie Marsh, date of birth 30 March 1941, was transferred to ICU today.")).toEqual(["Elsie Marsh"]);
    expect(patients("Service user Tom Reid was admitted to Ward 5 overnight.")).toEqual(["Tom Reid"]);
  });

  it("flags named newborn twins and a named relative in care", () => {
    expect(patients("Twins Ruby and Sienna arrived on our maternity unit yesterday and are doing well in SCBU.")).toEqual(["Ruby", "Sienna"]);
    expect(patients("Get well soon to Dr Tom Reilly's wife Sarah, who is on our ICU after her accident.")).toEqual(["Sarah"]);
    expect(patients("Visiting my sister Beth? She's in bed 14 on Ward 2.")).toEqual(["Beth"]);
  });

  it("flags the person being discharged or admitted when the verb comes first", () => {
    expect(patients("Lovely to discharge Mrs Patricia Holmes today.")).toEqual(["Mrs Patricia Holmes"]);
    expect(patients("We discharged Mr Tom Hill today.")).toEqual(["Mr Tom Hill"]);
    expect(patients("Delighted to discharge little Zara this afternoon!")).toEqual(["Zara"]);
  });

  it("flags a stay counted in days or weeks, and a ward saying goodbye to a Mr or Mrs", () => {
    expect(patients("Mrs Ellen Holmes finally went home after six weeks with us.")).toEqual(["Mrs Ellen Holmes"]);
    expect(patients("Our stroke unit said goodbye to Mr Alf Turner this morning.")).toEqual(["Mr Alf Turner"]);
  });

  it("flags the people on a home-visit list", () => {
    expect(patients("Home visits today: Mr Yates, 12 Bridge Street, Whitby, then Mrs Shah, Flat 3, 7 Mill Road.")).toEqual(["Mr Yates", "Mrs Shah"]);
    expect(patients("District nurse visits: Mrs Ellis, 4 Oak Road; Mr Khan, 9 Elm Grove.")).toEqual(["Mrs Ellis", "Mr Khan"]);
  });

  it("flags a titled official or retired doctor in a bed or on a unit when they are the patient", () => {
    expect(patients("Get well soon, Councillor Brenda Watts – currently in bed 4 on our cardiology ward.")).toEqual(["Councillor Brenda Watts"]);
    expect(patients("Get well soon to Councillor Ann Black, currently on our cardiology ward.")).toEqual(["Councillor Ann Black"]);
    expect(patients("Please welcome back Dr Ian Forsyth, our retired GP, who is in the acute stroke unit this week.")).toEqual(["Dr Ian Forsyth"]);
  });

  it("does not treat a date of birth alone as a sign of clinical care", () => {
    for (const text of [
      "HR: Nadia Sharif's NI is LE397592A and her DOB is 14/02/1991 – please update her record.",
      "Lost ID badge: Tariq Hussain, D.O.B. 04-06-1988. Please return to security.",
      "Reminder for payroll: Mohammed Iqbal's DOB is 21.11.1979, not 1997.",
      "New starter: Amy Cole, DOB 01/02/1990, joins Ward 4 on Monday.",
    ]) {
      expect(patients(text)).toEqual([]);
    }
  });

  it("does not flag an award winner from a unit, a retired doctor who volunteers, or staff on placement", () => {
    for (const text of [
      "Our Nurse of the Year is Grace Adeyemi from the neonatal unit.",
      "Volunteer of the Month is Bob Smith from the children's ward.",
      "Congratulations to our Apprentice of the Year, Ben Ward, from the renal unit.",
      "Meet Dr Alan Hart, our retired GP, who now volunteers on the stroke unit.",
      "Jane Smith leaves us after 6 weeks with us on placement – good luck!",
      "Student nurse Ellie Park said goodbye after eight weeks with us on Ward 3.",
      "We said goodbye to Mrs Joan Hill, our housekeeper, on her retirement.",
      "Meet Callum, 19, one of our apprentices, who helps patients on Ward 4 get home.",
      "Jane Smith helps discharge patients safely at weekends.",
      "Dr Patel is in bay 3 with the registrar.",
    ]) {
      expect(patients(text)).toEqual([]);
    }
  });

  it("does not flag staff who make home visits or a service that offers them", () => {
    for (const text of [
      "Our district nurses made 2,000 home visits last month, led by Jo Hill.",
      "Home visits with Mr Tom Reid, our district nurse lead, start in May.",
      "Home visits are available for housebound patients: call 0300 123 4567.",
    ]) {
      expect(patients(text)).toEqual([]);
    }
  });

  it("does not flag staff returning from leave, or 'patient' as a compliment", () => {
    expect(patients("Welcome back Jo Hill, who returns to Ward 4 after maternity leave.")).toEqual([]);
    expect(patients("Karen is the most patient person on the ward.")).toEqual([]);
  });

  it("does not take 'Baby Friendly' or 'Baby Loss' for a baby's name", () => {
    expect(patients("We're accredited by UNICEF Baby Friendly, and we'll support you in hospital.")).toEqual([]);
    expect(patients("Baby Loss Awareness Week begins today: if you've had a miscarriage, we're here for you.")).toEqual([]);
  });
});
