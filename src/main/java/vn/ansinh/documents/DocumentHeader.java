package vn.ansinh.documents;

/**
 * The two columns above an administrative document's title: on the left the issuing body and
 * the number ("UBND HUYỆN CAM LỘ", "Số: … /CTrPH–UBND"), on the right the national name, the
 * motto, and the place and date ("Cam Lộ, ngày … tháng 02 năm 2019").
 */
public record DocumentHeader(String issuer, String reference, String nation, String motto, String placeAndDate) {
}
